using System.Net;
using Microsoft.Data.Sqlite;
using NewsSite.Tests.Operations;

namespace NewsSite.Tests.Import;

// `--import-wxr FILE --images DIR` on a fresh production install (no sample content), as an operator runs it, then the
// site started on what it imported: stories, sections, tags, bylines, dates, statuses, pictures and old addresses.
public sealed class WordPressImportTests : IDisposable
{
    private const string Summit = "قمة الرياض تبحث أمن الملاحة في البحر الأحمر";
    private const string SummitSlug = "قمة-الرياض-تبحث-أمن-الملاحة";
    private readonly string _folder = Directory.CreateTempSubdirectory("newssite-wxr-").FullName;
    private readonly string _export;
    private readonly string _uploads;

    public WordPressImportTests()
    {
        _export = Path.Combine(_folder, "alofoq.WordPress.2024-05-20.xml");
        _uploads = Path.Combine(_folder, "uploads");
        Directory.CreateDirectory(Path.Combine(_uploads, "2024", "05"));
        File.WriteAllBytes(Path.Combine(_uploads, "2024", "05", "desert.jpg"), TestImages.Jpeg(1200, 800));
        File.WriteAllBytes(Path.Combine(_uploads, "2024", "05", "port.jpg"), TestImages.Jpeg(1600, 900));
        File.WriteAllBytes(Path.Combine(_folder, "secret.jpg"), TestImages.Jpeg(640, 480));   // beside the images folder, not in it
        const string uploads = "https://old.alofoq.example/wp-content/uploads/2024/05/";
        var politics = new WordPressExport.Term("category", "سياسة", "سياسة");
        var gulf = new WordPressExport.Term("category", "الخليج", "الخليج");
        var economy = new WordPressExport.Term("category", "economy", "اقتصاد");
        var redSea = new WordPressExport.Term("post_tag", "البحر-الأحمر", "البحر الأحمر");
        new WordPressExport()
            .Author("admin", "هيئة التحرير")
            .Author("sara", "سارة المنصوري")
            .Attachment(100, uploads + "port.jpg", "ميناء جدة", alt: "سفن في ميناء جدة الإسلامي", caption: "ميناء جدة صباح القمة")
            .Post(1, Summit, $"تبحث <strong>القمة</strong> أمن الملاحة.\n\n[caption id=\"attachment_7\" width=\"300\"]<img src=\"{uploads}desert-300x200.jpg\" alt=\"كثبان\" width=\"300\" height=\"200\" /> صورة من الأرشيف[/caption]\n\nوتختتم أعمالها غداً.",
                SummitSlug, author: "sara", excerpt: "<p>مقدمة القمة</p>", thumbnail: 100, terms: [politics, gulf, redSea])
            .Post(2, "أسعار النفط ترتفع مع توتر الملاحة", "<!-- wp:paragraph --><p>ارتفعت أسعار <em>برنت</em>.</p><!-- /wp:paragraph -->",
                "oil-prices-rise", modifiedGmt: "2024-05-13 10:00:00", terms: [economy, redSea])
            .Post(3, "مسودة لم تنشر", "نص المسودة", "draft-story", status: "draft", dateGmt: "0000-00-00 00:00:00", terms: [economy])
            .Post(4, "خبر مجدول للنشر", "نص", "scheduled-story", status: "future", dateGmt: "2030-01-01 06:00:00", terms: [economy])
            .Post(5, "خبر ينتظر المراجعة", "نص", "pending-story", status: "pending", terms: [economy])
            .Post(6, "خبر محذوف", "نص", "trashed-story", status: "trash", terms: [economy])
            .Post(7, "من نحن", "صفحة الموقع", "about", type: "page")
            .Post(9, "خبر يحاول الخروج من مجلد الصور", $"<p>نص</p><p><img src=\"{uploads}..%2F..%2F..%2Fsecret.jpg\" alt=\"أ\"><img src=\"https://old.alofoq.example/wp-content/uploads/{Uri.EscapeDataString(Path.Combine(_folder, "secret.jpg"))}\" alt=\"ب\"></p>",
                "escape-attempt", terms: [politics])
            .Post(8, "خبر بصورة مفقودة", $"<p>قبل</p><p><img src=\"{uploads}missing.jpg\" alt=\"الصورة المفقودة\"></p>", "missing-picture", terms: [politics])
            .Save(_export);
    }

    [SqliteFact]
    public async Task AWordPressArchiveComesOverWithItsSectionsBylinesPicturesAndOldAddressesAndASecondRunAddsNothing()
    {
        var (code, output) = await SiteProcess.RunAsync(_folder, false, "--import-wxr", _export, "--images", _uploads);
        Assert.True(code == 0, output);
        Assert.Contains("7 posts imported, 0 already imported, 2 left out", output, StringComparison.Ordinal);
        Assert.Contains("missing.jpg", output, StringComparison.Ordinal);

        var (again, secondOutput) = await SiteProcess.RunAsync(_folder, false, "--import-wxr", _export, "--images", _uploads);
        Assert.True(again == 0, secondOutput);
        Assert.Contains("0 posts imported, 7 already imported", secondOutput, StringComparison.Ordinal);
        Assert.Equal(7L, await ScalarAsync("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM MediaItems"));   // the featured picture and the body's, once each

        Assert.Equal("Published|2024-05-12 08:30:00|", await RowAsync("oil-prices-rise", "Status || '|' || PublishedAtUtc || '|' || COALESCE(ScheduledAtUtc, '')"));
        Assert.Equal("2024-05-13 10:00:00", await RowAsync("oil-prices-rise", "ModifiedAtUtc"));
        Assert.Equal("Draft", await RowAsync("draft-story", "Status"));
        Assert.Equal("Scheduled|2030-01-01 06:00:00", await RowAsync("scheduled-story", "Status || '|' || ScheduledAtUtc"));
        Assert.Equal("InReview", await RowAsync("pending-story", "Status"));

        // A story deleted after its import is not brought back by the next run, and its old number no longer leads to it.
        await ScalarAsync("UPDATE Articles SET DeletedAtUtc = '2024-06-01 00:00:00' WHERE Slug = $slug", "missing-picture");
        var (third, thirdOutput) = await SiteProcess.RunAsync(_folder, false, "--import-wxr", _export, "--images", _uploads);
        Assert.True(third == 0, thirdOutput);
        Assert.Contains("0 posts imported, 7 already imported", thirdOutput, StringComparison.Ordinal);

        await using var site = await SiteProcess.StartAsync(_folder, sampleContent: false);
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site.BaseUrl) };

        // The old permalink lands on the story, which kept its byline, section, tags, picture and formatting.
        using var permalink = await reader.GetAsync($"/2024/05/12/{Uri.EscapeDataString(SummitSlug).ToLowerInvariant()}/");
        Assert.Equal(HttpStatusCode.MovedPermanently, permalink.StatusCode);
        var story = await reader.GetDocumentAsync(permalink.Headers.Location!.OriginalString);
        Assert.Equal(Summit, story.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("سارة المنصوري", story.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("القمة", story.QuerySelector("article strong")!.TextContent);
        Assert.Contains(story.QuerySelectorAll("figure figcaption"), c => c.TextContent.Contains("صورة من الأرشيف", StringComparison.Ordinal));
        Assert.Contains(story.QuerySelectorAll("figure figcaption"), c => c.TextContent.Contains("ميناء جدة صباح القمة", StringComparison.Ordinal));
        Assert.NotNull(story.QuerySelector("img[alt='سفن في ميناء جدة الإسلامي'][src^='/media/']"));
        Assert.NotNull(story.QuerySelector("img[alt='كثبان'][src^='/media/']"));
        Assert.Contains("مقدمة القمة", story.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(story.QuerySelectorAll("a[href^='/tags/']"), a => a.TextContent.Contains("البحر الأحمر", StringComparison.Ordinal));
        Assert.Contains(story.QuerySelectorAll("a[href^='/tags/']"), a => a.TextContent.Contains("الخليج", StringComparison.Ordinal));

        // Other addresses from the WordPress days.
        Assert.StartsWith("/articles/", await MovedToAsync(reader, "/?p=2"), StringComparison.Ordinal);
        Assert.Equal("/sections/" + Uri.EscapeDataString("سياسة"), await MovedToAsync(reader, "/category/" + Uri.EscapeDataString("سياسة") + "/"));
        Assert.Equal("/sections/economy/rss.xml", await MovedToAsync(reader, "/category/economy/feed/"));
        Assert.Equal("/tags/" + Uri.EscapeDataString("البحر-الأحمر"), await MovedToAsync(reader, "/tag/" + Uri.EscapeDataString("البحر-الأحمر") + "/"));
        Assert.Equal("/authors/sara", await MovedToAsync(reader, "/author/sara/"));
        Assert.Equal("/rss.xml", await MovedToAsync(reader, "/feed/"));
        using (var deletedStory = await reader.GetAsync("/?p=8"))
        {
            Assert.Equal(HttpStatusCode.OK, deletedStory.StatusCode);   // the home page, as for a number never imported
        }

        using (var unknown = await reader.GetAsync("/2024/05/12/no-such-post/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // Sections and bylines were made from the export; what was not published stays out of sight.
        var economyPage = await reader.GetDocumentAsync("/sections/economy");
        Assert.Contains("اقتصاد", economyPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("أسعار النفط ترتفع", economyPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("مسودة لم تنشر", economyPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("سارة المنصوري", (await reader.GetDocumentAsync("/authors/sara")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var draftId = await RowAsync("draft-story", "Id");
        using (var oldDraftAddress = await reader.GetAsync("/?p=3"))
        {
            Assert.Equal(HttpStatusCode.OK, oldDraftAddress.StatusCode);   // the home page: a draft's old number reveals nothing
        }

        using (var oldDraftPermalink = await reader.GetAsync("/2024/05/12/draft-story/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, oldDraftPermalink.StatusCode);
        }

        using var draft = await reader.GetAsync($"/articles/{draftId}");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [SqliteFact]
    public async Task AMissingOrBrokenExportIsRefusedWithAClearMessage()
    {
        var (missing, missingOutput) = await SiteProcess.RunAsync(_folder, false, "--import-wxr", Path.Combine(_folder, "nothing.xml"));
        File.WriteAllText(Path.Combine(_folder, "broken.xml"), "<rss><channel><item><title>نص");
        var (broken, brokenOutput) = await SiteProcess.RunAsync(_folder, false, "--import-wxr", Path.Combine(_folder, "broken.xml"));

        Assert.Equal(2, missing);
        Assert.Contains("ملف التصدير غير موجود", missingOutput, StringComparison.Ordinal);
        Assert.Equal(3, broken);
        Assert.Contains("تعذّرت قراءة ملف التصدير", brokenOutput, StringComparison.Ordinal);
    }

    private static async Task<string> MovedToAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{url}: {(int)response.StatusCode}");
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string?> RowAsync(string slug, string expression) =>
        (await ScalarAsync($"SELECT {expression} FROM Articles WHERE Slug = $slug", slug))?.ToString();

    private async Task<object?> ScalarAsync(string sql, string? slug = null)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "news.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$slug", slug ?? "");
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
