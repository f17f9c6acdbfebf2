using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Tests.Publishing;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Caching;

// Reader pages come from the server's cache until what they show changes; a response served from the cache carries
// an Age header, a freshly made one does not. Every change below goes through the forms or the scheduler, as in use.
public sealed class PageCacheTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    [Fact]
    public async Task AnArticleIsServedFromTheCacheUntilAnEditorChangesIt()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var id = await PublishAsync(editor, "خبر يبقى في ذاكرة الموقع");
        var path = await PathAsync(id);
        var reader = factory.CreateClient();

        using var first = await reader.GetAsync(path);
        using var second = await reader.GetAsync(path);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);   // the same page, not made again
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        using var shared = await reader.GetAsync(path + "?utm_source=whatsapp&utm_medium=social");
        Assert.NotNull(shared.Headers.Age);   // a shared link's tags do not make another copy

        using var edited = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form",
            new Dictionary<string, string?> { ["Input.Title"] = "خبر تغيّر عنوانه بعد النشر", ["Input.ChangeKind"] = "Update" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        using var after = await reader.GetAsync(await PathAsync(id));
        Assert.Null(after.Headers.Age);
        Assert.Equal("خبر تغيّر عنوانه بعد النشر", (await after.ParseAsync()).QuerySelector("h1")!.TextContent);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task APublishedStoryIsOnTheCachedListsAtOnceAndLeavesThemWhenUnpublished()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var section = await factory.WithDbAsync(db => db.Sections.SingleAsync(s => s.Id == 1));
        var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "اختبار").Select(t => t.Slug).FirstOrDefaultAsync());
        string[] lists = ["/", SiteUrls.Section(section.Slug), "/rss.xml", SiteUrls.NewsSitemap, .. tag is null ? Array.Empty<string>() : [SiteUrls.Tag(tag)]];
        var reader = factory.CreateClient();
        foreach (var list in lists)
        {
            await reader.GetStringAsync(list);   // cached before the story exists
            Assert.NotNull((await reader.GetAsync(list)).Headers.Age);
        }

        var id = await PublishAsync(editor, "خبر عاجل يظهر في كل القوائم فوراً");
        var path = await PathAsync(id);
        var link = $"/articles/{id}/";
        foreach (var list in lists)
        {
            Assert.Contains(link, await reader.GetStringAsync(list), StringComparison.Ordinal);
        }

        using var unpublished = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "Unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        foreach (var list in lists)
        {
            Assert.DoesNotContain(link, await reader.GetStringAsync(list), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AScheduledStoryIsOnTheCachedHomePageTheMomentItGoesLive()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var scheduled = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "خبر مجدول يدخل الصفحة الرئيسية المخزنة",
            ["Input.BodyMarkdown"] = "نص",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
            ["Input.ScheduleAt"] = factory.Clock.GetUtcNow().AddHours(1).ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        }, "Schedule");
        var id = EditorForm.IdFrom(scheduled);
        var reader = factory.CreateClient();
        await reader.GetStringAsync("/");
        Assert.NotNull((await reader.GetAsync("/")).Headers.Age);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.Services.GetServices<IHostedService>().OfType<ScheduledPublisher>().Single().PublishDueAsync(CancellationToken.None);

        var home = await reader.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith($"/articles/{id}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffNeverReceiveNorFillTheCache()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var id = await PublishAsync(editor, "خبر يقرؤه المحررون كما هو الآن");
        var path = await PathAsync(id);

        using var staffFirst = await editor.GetAsync(path);
        using var readerAfterStaff = await factory.CreateClient().GetAsync(path);
        Assert.Null(readerAfterStaff.Headers.Age);   // the editor's visit stored nothing
        using var readerAgain = await factory.CreateClient().GetAsync(path);
        Assert.NotNull(readerAgain.Headers.Age);
        using var staffAgain = await editor.GetAsync(path);
        Assert.Null(staffAgain.Headers.Age);   // and takes nothing from it
        Assert.True(staffAgain.Headers.CacheControl is { Private: true, NoCache: true }, staffAgain.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=10, stale-while-revalidate=60", readerAgain.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ACachedPageAnswers304ToItsValidatorsAndIsCompressedOnce()
    {
        var client = factory.CreateClient();
        using var page = await client.GetAsync("/");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/");
        conditional.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(page.Headers.ETag, notModified.Headers.ETag);
        using var since = new HttpRequestMessage(HttpMethod.Get, "/");
        since.Headers.IfModifiedSince = page.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);

        var plain = await page.Content.ReadAsStringAsync();
        foreach (var (encoding, decode) in new (string, Func<Stream, Stream>)[]
        {
            ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
            ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
        })
        {
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                using var compressed = await client.SendAsync(request);
                Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
                Assert.Equal(i == 1, compressed.Headers.Age is not null);   // the compressed form is cached too
                using var reader = new StreamReader(decode(await compressed.Content.ReadAsStreamAsync()));
                var html = await reader.ReadToEndAsync();
                Assert.Equal(plain.Length, html.Length);
                Assert.True(compressed.Content.Headers.ContentLength is null || compressed.Content.Headers.ContentLength < plain.Length / 3);
            }
        }
    }

    [Fact]
    public async Task TheStaffAreaIsNeverCachedNorCompressed()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Admin/Articles");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);   // its forms carry antiforgery tokens (BREACH)
        Assert.Null(response.Headers.Age);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task ALiveStorysPollIsCachedUntilTheNextUpdate()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var story = EditorForm.Story("مباشر: متابعة تخزين التحديثات");
        story["Input.IsLive"] = "true";
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", story, "Publish");
        var id = EditorForm.IdFrom(published);
        var poll = $"/articles/{id}/live?after=0";
        var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await reader.GetAsync(poll)).StatusCode);
        using var again = await reader.GetAsync(poll);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.NotNull(again.Headers.Age);   // a thousand readers polling cost one query

        using var update = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#live-update-form", new Dictionary<string, string?> { ["liveUpdate"] = "تحديث أول" });
        using var news = await reader.GetAsync(poll);
        Assert.Equal(HttpStatusCode.OK, news.StatusCode);
        Assert.Contains("تحديث أول", await news.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> PublishAsync(HttpClient editor, string title)
    {
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story(title), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return EditorForm.IdFrom(published);
    }

    private async Task<string> PathAsync(int id) =>
        SiteUrls.Article(id, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync()));
}
