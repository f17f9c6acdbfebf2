using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Sharing;

public sealed class SocialPreviewTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string SeedTitle = "بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية";

    private static string? Og(IHtmlDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? Twitter(IHtmlDocument document, string name) =>
        document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IHtmlDocument document)
    {
        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        return JsonDocument.Parse(scripts[0].TextContent).RootElement;
    }

    [Fact]
    public async Task SeedStoryHasCompleteOpenGraphAndXCardTags()
    {
        var seed = await factory.WithDbAsync(db => db.Articles.Where(a => a.Content.Title == SeedTitle)
            .Select(a => new { a.Id, a.Slug, a.Content.Standfirst, a.Content.ImageAlt, Section = a.Section.Name, Author = a.Author.Slug, Tags = a.Tags.Select(t => t.Name).ToList() })
            .SingleAsync());
        var canonical = $"https://news.example{SiteUrls.Article(seed.Id, seed.Slug)}";

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(seed.Id, seed.Slug));

        Assert.Equal("article", Og(document, "og:type"));
        Assert.Equal(SeedTitle, Og(document, "og:title"));
        Assert.Equal(seed.Standfirst, Og(document, "og:description"));
        Assert.Equal(canonical, Og(document, "og:url"));
        Assert.Equal(canonical, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal($"https://news.example/img/social/{seed.Id}.jpg", Og(document, "og:image"));
        Assert.Equal("1200", Og(document, "og:image:width"));
        Assert.Equal("630", Og(document, "og:image:height"));
        Assert.Equal("image/jpeg", Og(document, "og:image:type"));
        Assert.Equal(seed.ImageAlt, Og(document, "og:image:alt"));
        Assert.Equal("الأفق", Og(document, "og:site_name"));
        Assert.Equal("ar_AR", Og(document, "og:locale"));
        Assert.Equal("2024-06-20T00:00:00+04:00", Og(document, "article:published_time"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:00$", Og(document, "article:modified_time"));
        Assert.Equal(seed.Section, Og(document, "article:section"));
        Assert.Equal($"https://news.example/authors/{Uri.EscapeDataString(seed.Author)}", Og(document, "article:author"));
        Assert.Equal(seed.Tags.Order(StringComparer.Ordinal),
            document.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")!));

        Assert.Equal("summary_large_image", Twitter(document, "twitter:card"));
        Assert.Equal(SeedTitle, Twitter(document, "twitter:title"));
        Assert.Equal($"https://news.example/img/social/{seed.Id}.jpg", Twitter(document, "twitter:image"));
        Assert.Equal(seed.ImageAlt, Twitter(document, "twitter:image:alt"));
        Assert.Equal("max-image-preview:large", Twitter(document, "robots"));
    }

    [Fact]
    public async Task SeedStoryHasNewsArticleJsonLdWithGooglesRecommendedProperties()
    {
        var seed = await factory.WithDbAsync(db => db.Articles.Where(a => a.Content.Title == SeedTitle)
            .Select(a => new { a.Id, a.Slug, Author = a.Author.Name, AuthorSlug = a.Author.Slug, Section = a.Section.Name }).SingleAsync());
        var canonical = $"https://news.example{SiteUrls.Article(seed.Id, seed.Slug)}";

        var json = JsonLd(await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(seed.Id, seed.Slug)));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal(SeedTitle, json.GetProperty("headline").GetString());
        Assert.Equal(
            [$"https://news.example/img/social/{seed.Id}/16x9.jpg", $"https://news.example/img/social/{seed.Id}/4x3.jpg", $"https://news.example/img/social/{seed.Id}/1x1.jpg"],
            json.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("2024-06-20T00:00:00+04:00", json.GetProperty("datePublished").GetString());
        var modified = DateTimeOffset.Parse(json.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(4), modified.Offset);
        Assert.True(modified >= DateTimeOffset.Parse("2024-06-20T00:00:00+04:00", System.Globalization.CultureInfo.InvariantCulture));

        var author = Assert.Single(json.GetProperty("author").EnumerateArray());
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal(seed.Author, author.GetProperty("name").GetString());
        Assert.Equal($"https://news.example/authors/{Uri.EscapeDataString(seed.AuthorSlug)}", author.GetProperty("url").GetString());

        var publisher = json.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("الأفق", publisher.GetProperty("name").GetString());
        Assert.Equal("ImageObject", publisher.GetProperty("logo").GetProperty("@type").GetString());
        Assert.Equal("https://news.example/img/logo.svg", publisher.GetProperty("logo").GetProperty("url").GetString());

        Assert.Equal("WebPage", json.GetProperty("mainEntityOfPage").GetProperty("@type").GetString());
        Assert.Equal(canonical, json.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(seed.Section, json.GetProperty("articleSection").GetString());
        Assert.Equal("ar", json.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task HostileHeadlinesAreEncodedInTagsAndCannotBreakOutOfTheJsonLdScript()
    {
        const string title = "عنوان \"مقتبس\" </script><script>alert(1)</script> & <b>عريض</b> '";
        var article = await factory.AddArticleAsync(title, "نص", a =>
        {
            a.Content = a.Content with
            {
                Standfirst = "موجز </SCRIPT> <!-- \u2028 تعليق",
                ImagePath = "/img/seed/desert.jpg",
                ImageAlt = "صورة \"بعلامات\" <img src=x onerror=alert(1)>",
            };
        });

        var html = await factory.CreateClient().GetStringAsync(SiteUrls.Article(article));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Contains("<script type=\"application/ld+json\">{", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(title, Og(document, "og:title"));
        Assert.Equal(title, Twitter(document, "twitter:title"));
        Assert.Equal("صورة \"بعلامات\" <img src=x onerror=alert(1)>", Og(document, "og:image:alt"));
        Assert.Equal(5, document.QuerySelectorAll("script").Length);   // the JSON-LD, share.js, counters.js, embeds.js and search-suggest.js, nothing injected
        var json = JsonLd(document);
        Assert.Equal(title, json.GetProperty("headline").GetString());
        Assert.Equal("موجز </SCRIPT> <!-- \u2028 تعليق", json.GetProperty("description").GetString());
    }

    [Fact]
    public async Task AbsoluteUrlsComeFromTheConfiguredBaseNeverTheHostHeader()
    {
        var article = await factory.AddArticleAsync("خبر يطلب بمضيف غريب", "نص", a => a.Content = a.Content with { ImagePath = "/img/seed/desert.jpg" });
        var request = new HttpRequestMessage(HttpMethod.Get, SiteUrls.Article(article));
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await factory.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.StartsWith("https://news.example/", Og(document, "og:url"), StringComparison.Ordinal);
        Assert.StartsWith("https://news.example/", Og(document, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleWithoutAHeroImageFallsBackToASummaryCard()
    {
        var article = await factory.AddArticleAsync("خبر بلا صورة", "نص");

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(article));

        Assert.Null(Og(document, "og:image"));
        Assert.Equal("summary", Twitter(document, "twitter:card"));
        Assert.False(JsonLd(document).TryGetProperty("image", out _));
    }
}
