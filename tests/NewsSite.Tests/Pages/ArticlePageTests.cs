using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Counters;
using NewsSite.Web.Publishing;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Pages;

public sealed class ArticlePageTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string SeedTitle = "بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية";

    private Task<(int Id, string Slug)> SeedStoryAsync() =>
        factory.WithDbAsync(async db =>
        {
            var story = await db.Articles.Where(a => a.Content.Title == SeedTitle).Select(a => new { a.Id, a.Slug }).SingleAsync();
            return (story.Id, story.Slug);
        });

    [Fact]
    public async Task SeedArticleFollowsTheSeedPageAnatomy()
    {
        var (id, slug) = await SeedStoryAsync();
        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(id, slug));

        Assert.Equal(SeedTitle, document.QuerySelector("h1")?.TextContent.Trim());
        var published = document.QuerySelector(".dateline time");
        Assert.Equal("2024-06-20T00:00:00+04:00", published?.GetAttribute("datetime"));
        Assert.Equal("الخميس 20 يونيو 2024", published?.TextContent);
        var dateline = document.QuerySelector(".dateline")!.TextContent;
        Assert.Contains("00:00", dateline, StringComparison.Ordinal);
        Assert.Contains("14 ذو الحجة 1445 هـ", dateline, StringComparison.Ordinal);
        Assert.Contains("مشاهدة", document.QuerySelector(".counter--views")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("مشاركة", document.QuerySelector(".counter--shares")!.TextContent, StringComparison.Ordinal);

        var image = document.QuerySelector("figure.figure img");
        Assert.False(string.IsNullOrWhiteSpace(image?.GetAttribute("alt")));
        Assert.NotEqual("news-picture", image?.GetAttribute("alt"));
        Assert.Contains("توقيع اتفاق الشراكة الاستراتيجية", document.QuerySelector("figure figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("رسم توضيحي", document.QuerySelector("figure figcaption .credit")!.TextContent, StringComparison.Ordinal);

        var paragraphs = document.QuerySelectorAll(".article__body p");
        Assert.True(paragraphs.Length >= 8, $"the body is split into paragraphs, found {paragraphs.Length}");
        Assert.StartsWith("وقع الرئيس الروسي فلاديمير بوتين", paragraphs[0].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("وتماثيل نصفية».", paragraphs[^1].TextContent.Trim(), StringComparison.Ordinal);

        Assert.Equal("تابعوا أخبار العالم من الأفق عبر غوغل نيوز", document.QuerySelector(".follow a")?.TextContent);
        Assert.StartsWith("https://news.google.com/", document.QuerySelector(".follow a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("مشاركة:", document.QuerySelector(".share-bar")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".tags a[rel=tag]"));
        Assert.NotEmpty(document.QuerySelectorAll(".related .card"));
        Assert.Equal($"https://news.example{SiteUrls.Article(id, slug)}", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ArabicIsWrittenAsUtf8NotEntities()
    {
        var (id, slug) = await SeedStoryAsync();
        var html = await factory.CreateClient().GetStringAsync(SiteUrls.Article(id, slug));

        Assert.Contains(SeedTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x62", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/old-slug")]
    [InlineData("/%D8%A8%D9%88%D8%AA%D9%8A%D9%86")]
    public async Task WrongOrMissingSlugRedirectsPermanentlyToTheCanonicalUrl(string suffix)
    {
        var (id, slug) = await SeedStoryAsync();
        using var response = await factory.CreateNonRedirectingClient().GetAsync($"/articles/{id}{suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SiteUrls.Article(id, slug), response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/articles/987654/anything")]
    [InlineData("/articles/987654")]
    [InlineData("/articles/abc/slug")]
    [InlineData("/articles/-1")]
    public async Task UnknownOrNonNumericIdIsAnArabicNotFoundPage(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await response.ParseAsync();
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الصفحة غير موجودة", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task DraftsAreNotShownToReaders()
    {
        var draft = await factory.AddArticleAsync("مسودة لم تنشر بعد", "نص", a =>
        {
            a.Status = NewsSite.Web.Models.ArticleStatus.Draft;
            a.PublishedAtUtc = null;
        });

        using var response = await factory.CreateClient().GetAsync(SiteUrls.Article(draft));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MarkdownBodyIsRenderedAndRawHtmlNeverReachesThePage()
    {
        var article = await factory.AddArticleAsync("اختبار تنسيق ماركداون",
            "## عنوان فرعي\n\nنص **عريض** و[رابط](https://example.org).\n\n<script>alert('x')</script>\n\n[خبيث](javascript:alert(1))\n\n<img src=x onerror=alert(1)>");

        var response = await factory.CreateClient().GetAsync(SiteUrls.Article(article));
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var body = document.QuerySelector(".article__body")!;

        Assert.Equal("عنوان فرعي", body.QuerySelector("h2")?.TextContent);
        Assert.Equal("عريض", body.QuerySelector("strong")?.TextContent);
        Assert.Equal("https://example.org", body.QuerySelector("a")?.GetAttribute("href"));
        // The page's own scripts are the JSON-LD data block and the share bar's, view beacon's and search box's files; none
        // comes from the body.
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
            s.GetAttribute("type") == "application/ld+json"
            || System.Text.RegularExpressions.Regex.IsMatch(s.GetAttribute("src") ?? "", @"^/js/(share|counters|search-suggest|embeds)(\.[a-z0-9]+)?\.js$"),
            s.OuterHtml));
        Assert.DoesNotContain("alert(", string.Concat(document.QuerySelectorAll("script").Select(s => s.TextContent)), StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpenPageCountsItsViewAndShowsTheCountsAsTheyStandAndCrawlersAreNotCounted()
    {
        var article = await factory.AddArticleAsync("خبر لعد المشاهدات", "نص الخبر");
        var counter = factory.Services.GetRequiredService<ViewCounter>();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36");
        var crawler = factory.CreateClient();
        crawler.DefaultRequestHeaders.UserAgent.ParseAdd("facebookexternalhit/1.1");

        var page = await client.GetDocumentAsync(SiteUrls.Article(article));
        var beacon = page.QuerySelector("[data-views-beacon]")!.GetAttribute("data-views-beacon")!;
        Assert.Equal(SiteUrls.ArticleViews(article.Id), beacon);
        Assert.Equal("0", page.QuerySelector("[data-count=views]")!.TextContent);
        await client.GetStringAsync(SiteUrls.Article(article));   // rendering a page counts nothing: it may come from the cache
        using var first = await client.PostAsync(beacon, null);
        using var second = await client.PostAsync(beacon, null);
        using var fromCrawler = await crawler.PostAsync(beacon, null);

        using var counts = System.Text.Json.JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("2", counts.RootElement.GetProperty("views").GetString());
        Assert.Equal("0", counts.RootElement.GetProperty("shares").GetString());
        Assert.Equal("no-store", second.Headers.CacheControl?.ToString());
        // The flusher may have moved some of them to the database meanwhile; none is lost or doubled.
        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ViewCount).SingleAsync());
        Assert.Equal(2, stored + counter.Pending(article.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.PostAsync(SiteUrls.ArticleViews(int.MaxValue), null)).StatusCode);
    }
}
