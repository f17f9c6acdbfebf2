using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Feeds;

public sealed class SitemapTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string Base = "https://news.example";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task TheSitemapIndexValidatesAndListsPagesArticlesAndNews()
    {
        var xml = await GetXmlAsync(factory.CreateClient(), "/sitemap.xml");

        XmlSchemas.AssertValid(xml, "siteindex.xsd");
        var locs = XDocument.Parse(xml).Descendants(Sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal($"{Base}/sitemaps/pages.xml", locs[0]);
        Assert.Contains($"{Base}/sitemaps/articles-1.xml", locs);
        Assert.Equal($"{Base}/sitemaps/news.xml", locs[^1]);
        Assert.All(XDocument.Parse(xml).Descendants(Sm + "lastmod"), m => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", m.Value));
    }

    [Fact]
    public async Task ArticleSitemapsValidateAndHoldEveryPublishedStoryOnceWithItsCanonicalUrl()
    {
        var draft = await factory.AddArticleAsync("مسودة لا تظهر في خريطة الموقع", "نص", a =>
        {
            a.Status = ArticleStatus.Draft;
            a.PublishedAtUtc = null;
        });
        var expected = await factory.WithDbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Slug }).ToListAsync());

        // Ten URLs per sitemap, so the seed alone spreads over several files.
        var paged = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:Feeds:SitemapPageSize", "10"));
        var client = paged.CreateClient();
        var index = XDocument.Parse(await GetXmlAsync(client, "/sitemap.xml"));
        var articleSitemaps = index.Descendants(Sm + "loc").Select(l => l.Value).Where(l => l.Contains("/articles-", StringComparison.Ordinal)).ToList();
        Assert.True(articleSitemaps.Count >= 4, $"{articleSitemaps.Count} article sitemaps");

        var urls = new List<string>();
        foreach (var sitemap in articleSitemaps)
        {
            var xml = await GetXmlAsync(client, sitemap[Base.Length..]);
            XmlSchemas.AssertValid(xml, "sitemap.xsd");
            var locs = XDocument.Parse(xml).Descendants(Sm + "loc").Select(l => l.Value).ToList();
            Assert.InRange(locs.Count, 1, 10);
            urls.AddRange(locs);
        }

        Assert.Equal(expected.Select(a => Base + SiteUrls.Article(a.Id, a.Slug)).Order(), urls.Order());
        Assert.DoesNotContain(urls, u => u.Contains($"/articles/{draft.Id}/", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.DoesNotMatch(@"[\u0600-\u06FF]", u));   // percent-encoded, never raw Arabic
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemaps/articles-{articleSitemaps.Count + 50}.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/articles-0.xml")).StatusCode);
    }

    [Fact]
    public async Task ThePagesSitemapValidatesAndListsSectionsAuthorsAndTags()
    {
        var xml = await GetXmlAsync(factory.CreateClient(), "/sitemaps/pages.xml");

        XmlSchemas.AssertValid(xml, "sitemap.xsd");
        var locs = XDocument.Parse(xml).Descendants(Sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal($"{Base}/", locs[0]);
        Assert.Contains($"{Base}/sections/world", locs);
        Assert.Contains($"{Base}/authors/omar-alhaddad", locs);
        var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "دبي").Select(t => t.Slug).SingleAsync());
        Assert.Contains(Base + SiteUrls.Tag(tag), locs);
    }

    [Fact]
    public async Task TheNewsSitemapHasTheLastTwoDaysWithPublicationAndLanguageAndValidates()
    {
        var now = DateTime.UtcNow;
        var fresh = await factory.AddArticleAsync("خبر عاجل من الساعة الأخيرة", "نص", a => a.PublishedAtUtc = now.AddHours(-1));
        var yesterday = await factory.AddArticleAsync("خبر من الأمس & ما بعده", "نص", a => a.PublishedAtUtc = now.AddHours(-30));
        var old = await factory.AddArticleAsync("خبر قديم من الأسبوع الماضي", "نص", a => a.PublishedAtUtc = now.AddDays(-3));

        var xml = await GetXmlAsync(factory.CreateClient(), "/sitemaps/news.xml");

        XmlSchemas.AssertValid(xml, "sitemap.xsd", "sitemap-news.xsd");
        var entries = XDocument.Parse(xml).Descendants(Sm + "url").ToList();
        var locs = entries.Select(e => e.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains(Base + SiteUrls.Article(fresh), locs);
        Assert.Contains(Base + SiteUrls.Article(yesterday), locs);
        Assert.DoesNotContain(Base + SiteUrls.Article(old), locs);
        Assert.InRange(entries.Count, 2, 1000);

        var news = entries.Single(e => e.Element(Sm + "loc")!.Value == Base + SiteUrls.Article(yesterday)).Element(News + "news")!;
        Assert.Equal("الأفق", news.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("ar", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("خبر من الأمس & ما بعده", news.Element(News + "title")!.Value);
        Assert.Equal(new DateTimeOffset(now.AddHours(-30)).ToUnixTimeSeconds(),
            DateTimeOffset.Parse(news.Element(News + "publication_date")!.Value, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.Contains("&amp;", xml, StringComparison.Ordinal);   // entity-escaped
    }

    [Fact]
    public async Task TheNewsSitemapKeepsToItsLimitNewestFirst()
    {
        await factory.AddArticleAsync("أحدث خبر للحد الأقصى", "نص", a => a.PublishedAtUtc = DateTime.UtcNow.AddMinutes(-1));
        var limited = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:Feeds:NewsSitemapMaxItems", "1"));

        var xml = await GetXmlAsync(limited.CreateClient(), "/sitemaps/news.xml");

        var titles = XDocument.Parse(xml).Descendants(News + "title").Select(t => t.Value).ToList();
        Assert.Equal(["أحدث خبر للحد الأقصى"], titles);
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemaps()
    {
        using var response = await factory.CreateClient().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Sitemap: {Base}/sitemap.xml\n", text, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {Base}/sitemaps/news.xml\n", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /search\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchemasRejectWhatTheProtocolsForbid()
    {
        const string badDate = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/a</loc><lastmod>20 June 2024</lastmod></url></urlset>
            """;
        const string noLanguage = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/a</loc><news:news><news:publication><news:name>x</news:name></news:publication>
              <news:publication_date>2024-06-20T00:00:00+04:00</news:publication_date><news:title>t</news:title></news:news></url></urlset>
            """;
        const string noZone = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s.xml</loc><lastmod>2024-06-20T10:00:00</lastmod></sitemap></sitemapindex>
            """;

        Assert.NotEmpty(XmlSchemas.Errors(badDate, "sitemap.xsd"));
        Assert.NotEmpty(XmlSchemas.Errors(noLanguage, "sitemap.xsd", "sitemap-news.xsd"));
        Assert.NotEmpty(XmlSchemas.Errors(noZone, "siteindex.xsd"));
    }

    private static async Task<string> GetXmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsStringAsync();
    }
}
