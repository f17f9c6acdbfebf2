using System.Text;
using Microsoft.Extensions.Options;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Sharing;

// Builds each network's documented share URL. Every parameter value is percent-encoded exactly once with
// Uri.EscapeDataString (UTF-8, %20 for spaces, never '+'); the article URL inside it is already canonical.
public sealed class ShareLinkService(IOptions<SiteOptions> options)
{
    private const int EmailLeadLength = 140;   // keeps an Arabic mailto: link well under the ~2,000-character ceiling

    private readonly SiteOptions _site = options.Value;

    public static string ShortLinkPath(string code) => $"/s/{code}";

    public static string CountedPath(string code, ShareNetwork network) => $"/s/{code}/{network.Slug()}";

    public static string QrCodePath(string code) => $"/s/{code}/qr.svg";

    public string CanonicalUrl(ShareableArticle article) => _site.Absolute(ArticleLinks.Path(article.Id, article.Slug));

    public string ShortUrl(ShareableArticle article) => _site.Absolute(ShortLinkPath(article.ShortCode));

    // The article URL as shared to one network, tagged so analytics can tell the networks apart.
    public string TaggedUrl(ShareableArticle article, ShareNetwork network) =>
        $"{CanonicalUrl(article)}?utm_source={network.Slug()}&utm_medium=social&utm_campaign=share";

    public string ShareUrl(ShareableArticle article, ShareNetwork network)
    {
        var url = E(TaggedUrl(article, network));
        var title = E(article.Title);
        return network switch
        {
            ShareNetwork.Facebook => $"https://www.facebook.com/sharer/sharer.php?u={url}",
            ShareNetwork.X => $"https://x.com/intent/tweet?text={title}&url={url}",
            ShareNetwork.LinkedIn => $"https://www.linkedin.com/sharing/share-offsite/?url={url}",
            ShareNetwork.Pinterest => article.ImagePath is null
                ? $"https://www.pinterest.com/pin/create/button/?url={url}&description={title}"
                : $"https://www.pinterest.com/pin/create/button/?url={url}&media={E(_site.Absolute(article.ImagePath))}&description={title}",
            // The URL goes last, on its own line: it is left-to-right inside right-to-left text.
            ShareNetwork.WhatsApp => $"https://wa.me/?text={E(article.Title + "\n" + TaggedUrl(article, network))}",
            ShareNetwork.Telegram => $"https://t.me/share/url?url={url}&text={title}",
            // RFC 6068: line breaks are CRLF (%0D%0A).
            ShareNetwork.Email => $"mailto:?subject={title}&body={E(EmailBody(article, network))}",
            _ => throw new ArgumentOutOfRangeException(nameof(network)),
        };
    }

    public ShareLinks For(ShareableArticle article) => new(
        CanonicalUrl(article),
        ShortUrl(article),
        QrCodePath(article.ShortCode),
        _site.Absolute(QrCodePath(article.ShortCode)),
        [.. ShareNetworks.All.Select(n => new NetworkShareLink(
            n, n.Slug(), n.ArabicName(), CountedPath(article.ShortCode, n), _site.Absolute(CountedPath(article.ShortCode, n)), ShareUrl(article, n)))]);

    private string EmailBody(ShareableArticle article, ShareNetwork network)
    {
        var body = new StringBuilder();
        var lead = article.Standfirst.Trim();
        if (lead.Length > 0)
        {
            body.Append(lead.Length <= EmailLeadLength ? lead : ShortenAtWord(lead, EmailLeadLength)).Append("\r\n\r\n");
        }

        return body.Append(TaggedUrl(article, network)).ToString();
    }

    private static string ShortenAtWord(string text, int length)
    {
        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }

    private static string E(string value) => Uri.EscapeDataString(value);
}

public sealed record ShareLinks(string Canonical, string ShortUrl, string QrCodePath, string QrCodeUrl, IReadOnlyList<NetworkShareLink> Networks);

// CountedPath/CountedUrl: our /s/{code}/{network} link that counts and redirects; ShareUrl: the network's own URL.
public sealed record NetworkShareLink(ShareNetwork Network, string Slug, string Name, string CountedPath, string CountedUrl, string ShareUrl);
