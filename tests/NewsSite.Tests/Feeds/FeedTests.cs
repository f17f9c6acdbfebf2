using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Feeds;

public sealed class FeedTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string Base = "https://news.example";
    private const string SeedTitle = "بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public async Task TheRssFeedIsRss2WithArabicLanguageRfc822DatesAndFullContent()
    {
        var (xml, type) = await GetAsync("/rss.xml");
        Assert.Equal("application/rss+xml", type);

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal("الأفق", feed.Title.Text);
        Assert.Equal("ar", feed.Language);
        Assert.Equal(SeedTitle, feed.Items.First().Title.Text);

        var document = XDocument.Parse(xml);
        Assert.Equal("2.0", document.Root!.Attribute("version")?.Value);
        var channel = document.Root.Element("channel")!;
        Assert.Equal("ar", channel.Attribute(Xml + "lang")?.Value);
        Assert.Equal("ar", channel.Element("language")?.Value);
        Assert.Equal($"{Base}/", channel.Element("link")?.Value);
        Assert.Equal($"{Base}/rss.xml", channel.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);

        var item = channel.Elements("item").First();
        var id = await SeedIdAsync();
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        Assert.Equal(Base + SiteUrls.Article(id, slug), item.Element("link")?.Value);
        Assert.Equal($"{Base}/articles/{id}", item.Element("guid")?.Value);
        // RFC 822 with English names whatever the culture, in the newsroom's zone.
        Assert.Equal("Thu, 20 Jun 2024 00:00:00 +0400", item.Element("pubDate")?.Value);
        Assert.Equal(new DateTimeOffset(2024, 6, 20, 0, 0, 0, TimeSpan.FromHours(4)), feed.Items.First().PublishDate);
        Assert.StartsWith("وقّع الرئيس الروسي", item.Element("description")?.Value, StringComparison.Ordinal);
        Assert.StartsWith("<p>وقع الرئيس الروسي فلاديمير بوتين", item.Element(Content + "encoded")?.Value, StringComparison.Ordinal);
        Assert.Equal("قسم الأخبار الدولية", item.Element(Dc + "creator")?.Value);
        Assert.Equal(["أخبار العالم", "بوتين", "روسيا", "كوريا الشمالية"], item.Elements("category").Select(c => c.Value));
        Assert.All(channel.Elements("item").Select(i => i.Element("pubDate")!.Value),
            d => Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$", d));
    }

    [Fact]
    public async Task RssItemsCarryTheHeroImageAsEnclosureAndMediaContent()
    {
        var (xml, _) = await GetAsync("/rss.xml");

        var item = XDocument.Parse(xml).Descendants("item").First(i => i.Element("enclosure")?.Attribute("url")?.Value.EndsWith("/cinema.jpg", StringComparison.Ordinal) == true);
        var enclosure = item.Element("enclosure")!;
        Assert.Equal($"{Base}/img/seed/cinema.jpg", enclosure.Attribute("url")?.Value);
        Assert.Equal("image/jpeg", enclosure.Attribute("type")?.Value);
        Assert.True(long.Parse(enclosure.Attribute("length")!.Value, CultureInfo.InvariantCulture) > 1000);
        var media = item.Element(Media + "content")!;
        Assert.Equal($"{Base}/img/seed/cinema.jpg", media.Attribute("url")?.Value);
        Assert.Equal("image", media.Attribute("medium")?.Value);
        Assert.Equal("1600", media.Attribute("width")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(media.Element(Media + "description")?.Value));
    }

    [Fact]
    public async Task TheAtomFeedHasXmlLangRfc3339DatesSummaryContentAndEnclosure()
    {
        var (xml, type) = await GetAsync("/atom.xml");
        Assert.Equal("application/atom+xml", type);

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal(SeedTitle, feed.Items.First().Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 6, 20, 0, 0, 0, TimeSpan.FromHours(4)), feed.Items.First().PublishDate);

        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("ar", root.Attribute(Xml + "lang")?.Value);
        Assert.Equal($"{Base}/atom.xml", root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        var rfc3339 = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$";
        Assert.Matches(rfc3339, root.Element(Atom + "updated")!.Value);

        var entry = root.Elements(Atom + "entry").First();
        Assert.Equal("2024-06-20T00:00:00+04:00", entry.Element(Atom + "published")?.Value);
        Assert.Matches(rfc3339, entry.Element(Atom + "updated")!.Value);
        Assert.Equal("html", entry.Element(Atom + "content")?.Attribute("type")?.Value);
        Assert.StartsWith("<p>", entry.Element(Atom + "content")?.Value, StringComparison.Ordinal);
        Assert.StartsWith("وقّع الرئيس الروسي", entry.Element(Atom + "summary")?.Value, StringComparison.Ordinal);
        Assert.Equal("قسم الأخبار الدولية", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.StartsWith(Base + "/", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")?.Value, StringComparison.Ordinal);
        Assert.Equal($"{Base}/img/seed/handshake.jpg", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure").Attribute("href")?.Value);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task SectionFeedsHoldOnlyThatSection(string format)
    {
        var (xml, _) = await GetAsync($"/sections/economy/{format}.xml");

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Contains("اقتصاد", feed.Title.Text, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Equal("اقتصاد", i.Categories.First().Name));
        Assert.Equal("ar", feed.Language);
    }

    [Theory]
    [InlineData("/sections/no-such-section/rss.xml")]
    [InlineData("/sections/no-such-section/atom.xml")]
    public async Task UnknownSectionFeedsAreNotFound(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);

    [Fact]
    public async Task PagesAdvertiseTheFeeds()
    {
        var client = factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        Assert.Equal($"{Base}/rss.xml", home.QuerySelector("link[rel=alternate][type='application/rss+xml']")?.GetAttribute("href"));
        Assert.Equal($"{Base}/atom.xml", home.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));

        var section = await client.GetDocumentAsync("/sections/world");
        var hrefs = section.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains($"{Base}/sections/world/rss.xml", hrefs);
        Assert.Contains($"{Base}/sections/world/atom.xml", hrefs);
    }

    [Fact]
    public async Task FeedsAreCachedLikePagesAndRevalidated()
    {
        var client = factory.CreateClient();
        using var response = await client.GetAsync("/rss.xml");

        Assert.Equal("public, max-age=10, stale-while-revalidate=60", response.Headers.CacheControl?.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, "/rss.xml");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
    }

    private Task<int> SeedIdAsync() => factory.WithDbAsync(db => db.Articles.Where(a => a.Content.Title == SeedTitle).Select(a => a.Id).SingleAsync());

    private async Task<(string Xml, string? MediaType)> GetAsync(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }
}
