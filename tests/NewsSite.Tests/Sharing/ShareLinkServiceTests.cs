using Microsoft.Extensions.Options;
using NewsSite.Web;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Sharing;

public sealed class ShareLinkServiceTests
{
    // Arabic with the characters that break naive encoding: & + # / ? = and guillemets, commas and spaces.
    private const string Headline = "عاجل: «الأفق» يختبر الروابط & الرموز + الأرقام، #دبي ٢٠٢٤ / هل ينجح؟ نعم=لا";
    private const string Canonical = "https://news.example/articles/42/%D8%B9%D8%A7%D8%AC%D9%84-%D8%A7%D9%84%D8%A3%D9%81%D9%82";

    private static readonly ShareableArticle Article = new(42, "عاجل-الأفق", Headline, "موجز الخبر في سطرين", "/img/seed/desert.jpg", "Ab3dE5gH");

    private static readonly ShareLinkService Service = new(new SiteUrls(Options.Create(new SiteOptions { PublicBaseUrl = "https://news.example/" })));

    private static string Tagged(string network) => $"{Canonical}?utm_source={network}&utm_medium=social&utm_campaign=share";

    [Fact]
    public void CanonicalUrlIsAbsoluteFromTheConfiguredBaseAndPercentEncoded() =>
        Assert.Equal(Canonical, Service.CanonicalUrl(Article));

    [Fact]
    public void FacebookUsesSharerWithOnlyTheTaggedUrl()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.Facebook);

        AssertShape(url, "https://www.facebook.com/sharer/sharer.php", new() { ["u"] = Tagged("facebook") });
    }

    [Fact]
    public void XUsesTheTweetIntentWithTextAndUrl()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.X);

        AssertShape(url, "https://x.com/intent/tweet", new() { ["text"] = Headline, ["url"] = Tagged("x") });
    }

    [Fact]
    public void LinkedInUsesShareOffsiteWithOnlyTheUrl()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.LinkedIn);

        AssertShape(url, "https://www.linkedin.com/sharing/share-offsite/", new() { ["url"] = Tagged("linkedin") });
    }

    [Fact]
    public void PinterestCarriesTheAbsoluteHeroImageAndTheHeadline()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.Pinterest);

        AssertShape(url, "https://www.pinterest.com/pin/create/button/", new()
        {
            ["url"] = Tagged("pinterest"),
            ["media"] = "https://news.example/img/seed/desert.jpg",
            ["description"] = Headline,
        });
    }

    [Fact]
    public void PinterestWithoutAHeroImageLeavesMediaOut()
    {
        var url = Service.ShareUrl(Article with { ImagePath = null }, ShareNetwork.Pinterest);

        AssertShape(url, "https://www.pinterest.com/pin/create/button/", new() { ["url"] = Tagged("pinterest"), ["description"] = Headline });
    }

    [Fact]
    public void WhatsAppPutsTheHeadlineThenTheUrlOnItsOwnLineInText()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.WhatsApp);

        AssertShape(url, "https://wa.me/", new() { ["text"] = Headline + "\n" + Tagged("whatsapp") });
    }

    [Fact]
    public void TelegramUsesShareUrlWithUrlAndText()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.Telegram);

        AssertShape(url, "https://t.me/share/url", new() { ["url"] = Tagged("telegram"), ["text"] = Headline });
    }

    [Fact]
    public void EmailIsAMailtoWithSubjectAndACrlfSeparatedBody()
    {
        var url = Service.ShareUrl(Article, ShareNetwork.Email);

        AssertShape(url, "mailto:", new() { ["subject"] = Headline, ["body"] = "موجز الخبر في سطرين\r\n\r\n" + Tagged("email") });
        Assert.Contains("%0D%0A%0D%0A", url, StringComparison.Ordinal);
    }

    [Fact]
    public void LongStandfirstsAreShortenedSoTheMailtoLinkStaysShort()
    {
        var lead = string.Join(' ', Enumerable.Repeat("كلمة", 200));

        var url = Service.ShareUrl(Article with { Standfirst = lead }, ShareNetwork.Email);

        Assert.True(url.Length < 2000, $"mailto length {url.Length}");
        Assert.Contains("…", Uri.UnescapeDataString(url), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void ArabicIsEncodedOnceAsUtf8WithoutPlusForSpaces(ShareNetwork network)
    {
        var url = Service.ShareUrl(Article, network);

        Assert.DoesNotContain('+', url);
        Assert.DoesNotContain(' ', url);
        if (network is not (ShareNetwork.Facebook or ShareNetwork.LinkedIn))   // these two take the URL only
        {
            Assert.Contains(Uri.EscapeDataString(Headline), url, StringComparison.Ordinal);
        }

        // Nothing is encoded twice: once the (already canonical) article URL is taken out, no "%25" is left.
        var withoutUrl = url.Replace(Uri.EscapeDataString(Tagged(network.Slug())), "", StringComparison.Ordinal);
        Assert.DoesNotContain("%25", withoutUrl, StringComparison.Ordinal);
        Assert.All(url.Where(c => c > 127), c => Assert.Fail($"raw non-ASCII character {c} in {url}"));
    }

    [Fact]
    public void ShareLinksPointAtOurCountedShortLinksForEveryNetwork()
    {
        var links = Service.For(Article);

        Assert.Equal("https://news.example/s/Ab3dE5gH", links.ShortUrl);
        Assert.Equal("/s/Ab3dE5gH/qr.svg", links.QrCodePath);
        Assert.Equal(["email", "facebook", "x", "linkedin", "pinterest", "whatsapp", "telegram"], links.Networks.Select(n => n.Slug));
        Assert.All(links.Networks, n =>
        {
            Assert.Equal($"/s/Ab3dE5gH/{n.Slug}", n.CountedPath);
            Assert.Equal($"https://news.example/s/Ab3dE5gH/{n.Slug}", n.CountedUrl);
            Assert.Equal(Service.ShareUrl(Article, n.Network), n.ShareUrl);
        });
    }

    [Theory]
    [InlineData("email", true)]
    [InlineData("x", true)]
    [InlineData("whatsapp", true)]
    [InlineData("Facebook", false)]
    [InlineData("twitter", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("//evil.example", false)]
    public void OnlyKnownLowerCaseNetworkSlugsParse(string? slug, bool known) =>
        Assert.Equal(known, ShareNetworks.TryParse(slug, out _));

    public static TheoryData<ShareNetwork> Networks() => [.. ShareNetworks.All];

    // The URL before '?' is exactly the documented endpoint, the parameters are exactly these, and each value
    // decodes (once) to the expected text.
    private static void AssertShape(string url, string endpoint, Dictionary<string, string> expected)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        Assert.Equal(endpoint, url[..question]);
        var parameters = url[(question + 1)..].Split('&').Select(p => p.Split('=', 2)).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), parameters.Select(p => p[0]).Order(StringComparer.Ordinal));
        foreach (var pair in parameters)
        {
            Assert.Equal(expected[pair[0]], Uri.UnescapeDataString(pair[1]));
            Assert.Equal(Uri.EscapeDataString(expected[pair[0]]), pair[1]);
        }
    }
}
