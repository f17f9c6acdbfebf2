using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Publishing;

// A live story: updates added from the editor's desk, newest first with their own anchors and share links,
// LiveBlogPosting, the "مباشر" label, and the endpoint readers' open pages poll.
public sealed class LiveCoverageTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task AnEditorPostsUpdatesToALiveStoryAndReadersGetThemNewestFirst()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var story = EditorForm.Story("مباشر: الأمطار الغزيرة تغلق طرقاً في الإمارات الشمالية");
        story["Input.IsLive"] = "true";
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", story, "Publish");
        var id = EditorForm.IdFrom(published);
        var edit = $"/Admin/Articles/Edit/{id}";
        var path = (await factory.CreateNonRedirectingClient().GetAsync($"/articles/{id}")).LocationPath();

        var first = await PostUpdateAsync(editor, id, "أغلقت الشرطة طريق **الشارقة - الذيد** حتى إشعار آخر.");
        var second = await PostUpdateAsync(editor, id, "الأرصاد: الأمطار تستمر حتى مساء الغد.");
        Assert.True(second > first);

        var page = await factory.CreateClient().GetDocumentAsync(path);
        var updates = page.QuerySelectorAll(".live__updates .live-update");
        Assert.Equal([$"update-{second}", $"update-{first}"], updates.Select(u => u.Id));
        Assert.Equal("الشارقة - الذيد", updates[1].QuerySelector("strong")!.TextContent);   // Markdown, rendered
        Assert.Equal($"#update-{first}", updates[1].QuerySelector("a.live-update__link")!.GetAttribute("href"));
        var whatsApp = updates[1].QuerySelectorAll("a.live-update__link").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("https://wa.me/", StringComparison.Ordinal));
        Assert.True(whatsApp.Contains(Uri.EscapeDataString($"#update-{first}"), StringComparison.Ordinal), whatsApp);
        Assert.Contains(page.QuerySelectorAll(".live-badge"), b => b.TextContent == "مباشر");
        Assert.Equal($"/articles/{id}/live", page.QuerySelector("[data-live-updates]")!.GetAttribute("data-live-updates"));
        Assert.True(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == id
            && a.ModifiedAtUtc == db.LiveUpdates.Where(u => u.ArticleId == id).Max(u => u.PostedAtUtc))));   // the story counts as updated

        using (var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent))
        {
            Assert.Equal("LiveBlogPosting", json.RootElement.GetProperty("@type").GetString());
            Assert.True(json.RootElement.TryGetProperty("coverageStartTime", out _));
            Assert.False(json.RootElement.TryGetProperty("coverageEndTime", out _));
            var entries = json.RootElement.GetProperty("liveBlogUpdate").EnumerateArray().ToList();
            Assert.Equal(2, entries.Count);
            Assert.EndsWith($"#update-{second}", entries[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        var home = await factory.CreateClient().GetDocumentAsync("/");
        var card = home.QuerySelectorAll(".card").First(c => c.QuerySelector(".card__title a")?.GetAttribute("href") == path);
        Assert.Equal("مباشر", card.QuerySelector(".live-badge")?.TextContent);

        // What an open page asks for every few seconds: only what is newer than it has.
        var reader = factory.CreateClient();
        using var newer = await reader.GetAsync($"/articles/{id}/live?after={first}");
        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        var fragment = await new HtmlParser().ParseDocumentAsync(await newer.Content.ReadAsStringAsync());
        Assert.Equal([$"update-{second}"], fragment.QuerySelectorAll(".live-update").Select(u => u.Id));
        using var nothing = await reader.GetAsync($"/articles/{id}/live?after={second}");
        Assert.Equal(HttpStatusCode.NoContent, nothing.StatusCode);
        // Kept by the server, but a browser asks again at its next poll rather than answering "nothing new" itself.
        Assert.True(nothing.Headers.CacheControl is { Public: true, NoCache: true, MaxAge: null }, nothing.Headers.CacheControl?.ToString());
        using var again = await reader.GetAsync($"/articles/{id}/live?after={second}");
        Assert.NotNull(again.Headers.Age);

        // The coverage ends: the label goes, the updates stay, polling stops.
        using var ended = await editor.SubmitAsync(edit, "#article-form", new Dictionary<string, string?> { ["Input.IsLive"] = null, ["Input.ChangeKind"] = "Minor" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        page = await factory.CreateClient().GetDocumentAsync(path);
        Assert.Null(page.QuerySelector(".live-badge"));
        Assert.Equal(2, page.QuerySelectorAll(".live-update").Length);
        Assert.Contains("انتهت التغطية المباشرة", page.QuerySelector(".live")!.TextContent, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("[data-live-updates]")!.GetAttribute("data-live-updates")));
        Assert.Null((await editor.GetDocumentAsync(edit)).QuerySelector("#live-update-form"));
    }

    [Fact]
    public async Task AnEmptyOrOverlongUpdateIsRefusedInArabicAndTheTextComesBack()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var story = EditorForm.Story("مباشر: قمة الخليج في يومها الأول");
        story["Input.IsLive"] = "true";
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", story, "Publish");
        var id = EditorForm.IdFrom(published);

        var tooLong = new string('ب', NewsSite.Web.Publishing.ArticleWorkflow.MaxLiveUpdateLength + 1);
        using var refused = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#live-update-form", new Dictionary<string, string?> { ["liveUpdate"] = tooLong });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var form = await editor.GetDocumentAsync($"/Admin/Articles/Edit/{id}");
        Assert.Contains("أطول من 5000 حرف", form.QuerySelector("#live-update-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, ((IHtmlTextAreaElement)form.QuerySelector("#live-update")!).Value);

        using var empty = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#live-update-form", new Dictionary<string, string?> { ["liveUpdate"] = "  " });
        Assert.Contains("اكتب نص التحديث", (await editor.GetDocumentAsync($"/Admin/Articles/Edit/{id}")).QuerySelector("#live-update-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.CreateClient().GetDocumentAsync($"/articles/{id}")).QuerySelectorAll(".live-update"));
    }

    [Fact]
    public async Task OnlyPublishedLiveStoriesTakeUpdatesAndOnlyFromEditors()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var plain = await factory.AddArticleAsync("خبر عادي ليس تغطية مباشرة", "نص");

        Assert.Null((await editor.GetDocumentAsync($"/Admin/Articles/Edit/{plain.Id}")).QuerySelector("#live-update-form"));
        var token = (await editor.GetDocumentAsync($"/Admin/Articles/Edit/{plain.Id}")).QuerySelector("#article-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var notLive = await editor.PostAsync($"/Admin/Articles/Edit/{plain.Id}?handler=LiveUpdate", new FormUrlEncodedContent(
            [new("liveUpdate", "تحديث لا مكان له"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, notLive.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.LiveUpdates.CountAsync(u => u.ArticleId == plain.Id)));

        var writerToken = (await writer.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var byWriter = await writer.PostAsync($"/Admin/Articles/Edit/{plain.Id}?handler=LiveUpdate", new FormUrlEncodedContent(
            [new("liveUpdate", "تحديث من كاتب"), new("__RequestVerificationToken", writerToken)]));
        Assert.StartsWith("/Error/403", byWriter.LocationPath(), StringComparison.Ordinal);

        Assert.Equal(0, await factory.WithDbAsync(db => db.LiveUpdates.CountAsync(u => u.ArticleId == plain.Id)));
        using var unpublished = await factory.CreateClient().GetAsync($"/articles/{int.MaxValue}/live");
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    private async Task<int> PostUpdateAsync(HttpClient editor, int id, string text)
    {
        using var posted = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#live-update-form", new Dictionary<string, string?> { ["liveUpdate"] = text });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await editor.GetDocumentAsync($"/Admin/Articles/Edit/{id}");
        Assert.Equal("نُشر التحديث في التغطية المباشرة.", page.QuerySelector(".notice")?.TextContent);
        var reader = await factory.CreateClient().GetDocumentAsync($"/articles/{id.ToString(CultureInfo.InvariantCulture)}");
        return int.Parse(reader.QuerySelector(".live-update")!.GetAttribute("data-update-id")!, CultureInfo.InvariantCulture);
    }
}
