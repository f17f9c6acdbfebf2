using System.Text;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Sharing;

// Builds each network's documented share URL. Every parameter value is percent-encoded exactly once with
// Uri.EscapeDataString (UTF-8, %20 for spaces, never '+'); the article URL inside it is already canonical.
public sealed class ShareLinkService(SiteUrls urls)
{
    private const int EmailLeadLength = 140;   // keeps an Arabic mailto: link well under the ~2,000-character ceiling

    public static string CountedPath(string code, ShareNetwork network) => SiteUrls.ShareLink(code, network.Slug());

    public string CanonicalUrl(ShareableArticle article) => urls.Absolute(SiteUrls.Article(article.Id, article.Slug));

    public string ShortUrl(ShareableArticle article) => urls.Absolute(SiteUrls.ShortLink(article.ShortCode));

    // The article URL as shared to one network, tagged so analytics can tell the networks apart.
    public string TaggedUrl(ShareableArticle article, ShareNetwork network) =>
        urls.Absolute(SiteUrls.ArticleShared(article.Id, article.Slug, network.Slug()));

    public string ShareUrl(ShareableArticle article, ShareNetwork network)
    {
        var url = E(TaggedUrl(article, network));
        var title = E(article.Title);
        return network switch
        {
            ShareNetwork.Facebook => $"https://www.facebook.com/sharer/sharer.php?u={url}",
            ShareNetwork.X => $"https://x.com/intent/tweet?text={title}&url={url}",
            ShareNetwork.LinkedIn => $"https://www.linkedin.com/sharing/share-offsite/?url={url}",
            ShareNetwork.Pinterest => urls.AbsoluteImage(article.ImagePath) is not { } media
                ? $"https://www.pinterest.com/pin/create/button/?url={url}&description={title}"
                : $"https://www.pinterest.com/pin/create/button/?url={url}&media={E(media)}&description={title}",
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
        SiteUrls.QrCode(article.ShortCode),
        urls.Absolute(SiteUrls.QrCode(article.ShortCode)),
        [.. ShareNetworks.All.Select(n => new NetworkShareLink(
            n, n.Slug(), n.ArabicName(), CountedPath(article.ShortCode, n), urls.Absolute(CountedPath(article.ShortCode, n)), ShareUrl(article, n)))]);

    // One live update, shared to the networks people pass live news on with: the story's tagged URL plus the
    // update's anchor, so the link opens on that update.
    public IReadOnlyList<UpdateShareLink> ForUpdate(ShareableArticle article, int updateId)
    {
        var anchor = "#update-" + updateId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new(ShareNetwork.WhatsApp, ShareNetwork.WhatsApp.ArabicName(),
                $"https://wa.me/?text={E(article.Title + "\n" + TaggedUrl(article, ShareNetwork.WhatsApp) + anchor)}"),
            new(ShareNetwork.X, "إكس",
                $"https://x.com/intent/tweet?text={E(article.Title)}&url={E(TaggedUrl(article, ShareNetwork.X) + anchor)}"),
        ];
    }

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

public sealed record UpdateShareLink(ShareNetwork Network, string Name, string ShareUrl);

// CountedPath/CountedUrl: our /s/{code}/{network} link that counts and redirects; ShareUrl: the network's own URL.
public sealed record NetworkShareLink(ShareNetwork Network, string Slug, string Name, string CountedPath, string CountedUrl, string ShareUrl);
