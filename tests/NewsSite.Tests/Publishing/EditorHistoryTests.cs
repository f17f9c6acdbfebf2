using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;
using static NewsSite.Tests.Publishing.EditorForm;

namespace NewsSite.Tests.Publishing;

// Two editors on one story, the revision history, deleting and previewing.
public sealed class EditorHistoryTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesGetsAConflictAndLosesNothing()
    {
        var (editorA, _) = await factory.StaffAsync(Roles.Editor);
        var (editorB, _) = await factory.StaffAsync(Roles.Editor);
        using var created = await editorA.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر يحرره اثنان"), "Save");
        var url = $"/Admin/Articles/Edit/{IdFrom(created)}";
        var formA = (AngleSharp.Html.Dom.IHtmlFormElement)(await editorA.GetDocumentAsync(url)).QuerySelector("#article-form")!;
        var formB = (AngleSharp.Html.Dom.IHtmlFormElement)(await editorB.GetDocumentAsync(url)).QuerySelector("#article-form")!;

        using var savedA = await editorA.SubmitAsync(formA, url, new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "نسخة المحرر الأول" }, "Save");
        using var savedB = await editorB.SubmitAsync(formB, url, new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "نسخة المحرر الثاني" }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, savedB.StatusCode);
        var page = await savedB.ParseAsync();
        Assert.Contains("عدّل شخص آخر هذا الخبر", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("نسخة المحرر الثاني", page.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent);
        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == IdFrom(created)).Select(a => a.Content.BodyMarkdown).SingleAsync());
        Assert.Equal("نسخة المحرر الأول", stored);
    }

    [Fact]
    public async Task EverySaveStoresARevisionThatCanBeComparedAndRestored()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var created = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر بمراجعات", "الصيغة الأولى للنص."), "Save");
        var id = IdFrom(created);
        using var edited = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form",
            new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "الصيغة الثانية للنص." }, "Save");

        var revisions = await editor.GetDocumentAsync($"/Admin/Articles/Revisions/{id}");
        Assert.Equal(2, revisions.QuerySelectorAll(".admin-table tbody tr").Length);
        // Word by word: only the word that changed is marked, the rest of the paragraph is plain text.
        var inline = revisions.QuerySelector(".diff__text")!;
        Assert.Equal("الصيغة الأولىالثانية للنص.", inline.TextContent);
        Assert.Equal("الثانية", inline.QuerySelector("ins")?.TextContent);
        Assert.Equal("الأولى", inline.QuerySelector("del")?.TextContent);
        var side = await editor.GetDocumentAsync($"/Admin/Articles/Revisions/{id}?view=side");
        var (before, after) = (side.QuerySelectorAll(".diff__sides .diff__text")[0], side.QuerySelectorAll(".diff__sides .diff__text")[1]);
        Assert.Equal(("الصيغة الأولى للنص.", "الصيغة الثانية للنص."), (before.TextContent, after.TextContent));
        Assert.Equal(("الأولى", "الثانية"), (before.QuerySelector("del")?.TextContent, after.QuerySelector("ins")?.TextContent));
        Assert.Contains("جنباً إلى جنب", side.QuerySelector(".diff [aria-current=page]")!.TextContent, StringComparison.Ordinal);

        var oldest = (AngleSharp.Html.Dom.IHtmlFormElement)revisions.QuerySelectorAll(".admin-table tbody tr")[^1].QuerySelector("form")!;
        using var restored = await editor.SubmitAsync(oldest, $"/Admin/Articles/Revisions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var body = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Content.BodyMarkdown).SingleAsync());
        Assert.Equal("الصيغة الأولى للنص.", body);
        Assert.Equal(3, await factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task DeletingIsSoftAndRemovesTheStoryFromReaders()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر سيحذف"), "Publish");
        var id = IdFrom(published);
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        using var deleted = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(SiteUrls.Article(id, slug))).StatusCode);
        var row = await factory.WithDbAsync(db => db.Articles.IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.NotNull(row.DeletedAtUtc);
    }

    [Fact]
    public async Task StaffPreviewADraftExactlyAsReadersWouldAndTheLivePreviewRendersMarkdown()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        using var saved = await writer.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("مسودة للمعاينة"), "Save");
        var id = IdFrom(saved);

        var preview = await writer.GetDocumentAsync($"/Admin/Articles/Preview/{id}");
        Assert.Equal("مسودة للمعاينة", preview.QuerySelector("h1.article__headline")?.TextContent);
        Assert.Equal("مهمة", preview.QuerySelector(".article__body strong")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateNonRedirectingClient().GetAsync($"/Admin/Articles/Preview/{id}")).StatusCode);

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("#article-form")!;
        form.Action = "/Admin/Articles/Edit?handler=Preview";
        using var live = await writer.SubmitAsync(form, "/Admin/Articles/Edit?handler=Preview", new Dictionary<string, string?>
        {
            ["Input.Title"] = "عنوان المعاينة الحية",
            ["Input.BodyMarkdown"] = "## فرعي\n\n<script>x</script> نص",
        });
        var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await live.Content.ReadAsStringAsync());
        Assert.Equal("عنوان المعاينة الحية", fragment.QuerySelector("h1")?.TextContent);
        Assert.Equal("فرعي", fragment.QuerySelector(".article__body h2")?.TextContent);
        Assert.Empty(fragment.QuerySelectorAll("script"));
    }
}
