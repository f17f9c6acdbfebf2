using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;
using NewsSite.Web.Publishing;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Sharing;

public sealed class ShareBarTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private async Task<ShareableArticle> NewArticleAsync() =>
        ShareableArticle.From(await factory.AddArticleAsync("خبر شريط المشاركة", "نص", a => a.Content = a.Content with { ImagePath = "/img/seed/desert.jpg" }))!;

    [Fact]
    public async Task ShareBarLinksEveryNetworkThroughOurCountedLinksWithArabicNames()
    {
        var article = await NewArticleAsync();

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(article.Id, article.Slug));

        var bar = document.QuerySelector(".share-bar")!;
        Assert.Equal("مشاركة:", bar.QuerySelector(".share-bar__label")?.TextContent);
        var links = bar.QuerySelectorAll("a.share-bar__button").ToList();
        var expected = new Dictionary<string, string>
        {
            ["email"] = "مشاركة عبر البريد الإلكتروني",
            ["facebook"] = "مشاركة عبر فيسبوك",
            ["x"] = "مشاركة عبر إكس (تويتر)",
            ["linkedin"] = "مشاركة عبر لينكدإن",
            ["pinterest"] = "مشاركة عبر بنترست",
            ["whatsapp"] = "مشاركة عبر واتساب",
            ["telegram"] = "مشاركة عبر تيليجرام",
        };
        foreach (var (slug, name) in expected)
        {
            var link = links.Single(l => l.GetAttribute("href") == $"/s/{article.ShortCode}/{slug}");
            Assert.Equal(name, link.TextContent.Trim());
            Assert.Equal("true", link.QuerySelector("svg")?.GetAttribute("aria-hidden"));
            var rel = link.GetAttribute("rel")!.Split(' ');
            Assert.Contains("noopener", rel);
            Assert.Contains("noreferrer", rel);
            Assert.Equal(slug == "email" ? null : "_blank", link.GetAttribute("target"));
        }

        var qr = links.Single(l => l.GetAttribute("href") == $"/s/{article.ShortCode}/qr.svg");
        Assert.Contains("رمز QR", qr.TextContent, StringComparison.Ordinal);
        Assert.Equal($"https://news.example{SiteUrls.Article(article.Id, article.Slug)}", bar.GetAttribute("data-share-url"));
        Assert.Contains("نسخ الرابط", bar.QuerySelector("[data-share-copy]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(bar.QuerySelector("[data-share-copy-item][hidden]"));    // shown by share.js only
        Assert.NotNull(bar.QuerySelector("[data-share-native-item][hidden]"));
        Assert.Equal("status", bar.QuerySelector(".share-bar__status")?.GetAttribute("role"));
        Assert.Equal($"/s/{article.ShortCode}/qr.svg", document.QuerySelector(".print-qr img")?.GetAttribute("src"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task TheShareScriptIsServedFromOurOwnWwwroot()
    {
        var article = await NewArticleAsync();
        var client = factory.CreateClient();
        var document = await client.GetDocumentAsync(SiteUrls.Article(article.Id, article.Slug));
        var src = document.QuerySelector("script[src]")!.GetAttribute("src")!;

        using var response = await client.GetAsync(src);

        Assert.StartsWith("/js/share", src, StringComparison.Ordinal);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("navigator.share", script, StringComparison.Ordinal);
        Assert.Contains("تم نسخ الرابط", script, StringComparison.Ordinal);
        Assert.DoesNotContain("http", script, StringComparison.Ordinal);   // loads nothing from anywhere
    }

    [Fact]
    public async Task ShareApiListsEachNetworksLinkAndCount()
    {
        var article = await NewArticleAsync();
        var client = factory.CreateReaderClient();
        foreach (var network in new[] { "facebook", "facebook", "telegram" })
        {
            (await client.GetAsync($"/s/{article.ShortCode}/{network}")).Dispose();
        }

        await factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);
        (await client.GetAsync($"/s/{article.ShortCode}/facebook")).Dispose();   // still pending: counted too

        using var response = await client.GetAsync($"/api/articles/{article.Id}/share");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(article.Id, json.GetProperty("articleId").GetInt32());
        Assert.Equal($"https://news.example/s/{article.ShortCode}", json.GetProperty("shortUrl").GetString());
        Assert.Equal($"https://news.example{SiteUrls.Article(article.Id, article.Slug)}", json.GetProperty("url").GetString());
        Assert.Equal(4, json.GetProperty("total").GetInt64());
        var networks = json.GetProperty("networks").EnumerateArray().ToDictionary(n => n.GetProperty("network").GetString()!);
        Assert.Equal(["email", "facebook", "x", "linkedin", "pinterest", "whatsapp", "telegram"], networks.Keys);
        Assert.Equal(3, networks["facebook"].GetProperty("count").GetInt64());
        Assert.Equal(1, networks["telegram"].GetProperty("count").GetInt64());
        Assert.Equal(0, networks["x"].GetProperty("count").GetInt64());
        Assert.Equal($"https://news.example/s/{article.ShortCode}/x", networks["x"].GetProperty("link").GetString());
        Assert.Equal("إكس (تويتر)", networks["x"].GetProperty("name").GetString());
        Assert.StartsWith("https://x.com/intent/tweet?text=", networks["x"].GetProperty("shareUrl").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/987654/share")]
    [InlineData("/api/articles/0/share")]
    public async Task ShareApiAnswersProblemJsonForUnknownArticles(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task QrCodeEncodesTheShortLinkAsSvg()
    {
        var article = await NewArticleAsync();

        using var response = await factory.CreateClient().GetAsync($"/s/{article.ShortCode}/qr.svg");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(QrCodes.Svg($"https://news.example/s/{article.ShortCode}"), body);
        Assert.Equal("svg", XDocument.Parse(body).Root!.Name.LocalName);
    }
}
