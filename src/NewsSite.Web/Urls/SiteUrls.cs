using System.Globalization;
using Microsoft.Extensions.Options;
using NewsSite.Web.Models;

namespace NewsSite.Web.Urls;

// Every address the site prints: pages, feeds, short links, pictures and social cards. Paths come from the static
// members (percent-encoded once, here); absolute URLs only from Absolute, on NewsSite:PublicBaseUrl, never on the
// request's Host header. Endpoints map their routes from these constants or, where a route has parameters, from a
// template written beside them; the tests request every address built here.
public sealed partial class SiteUrls(IOptions<SiteOptions> options)
{
    public const string Home = "/";
    public const string Search = "/search";
    public const string Rss = "/rss.xml";
    public const string Atom = "/atom.xml";
    public const string SitemapIndex = "/sitemap.xml";
    public const string PagesSitemap = "/sitemaps/pages.xml";
    public const string NewsSitemap = "/sitemaps/news.xml";
    public const string Robots = "/robots.txt";
    public const string MediaRoot = "/media";
    public const string SocialCardRoot = "/img/social";
    public const string Logo = "/img/logo.svg";

    private readonly string _base = options.Value.PublicBaseUrl.TrimEnd('/');

    public static string Article(Article article) => Article(article.Id, article.Slug);

    public static string Article(int id, string slug) => $"/articles/{Id(id)}/{Uri.EscapeDataString(slug)}";

    // Never changes with the slug (it redirects to the canonical address): feed item ids.
    public static string ArticleById(int id) => $"/articles/{Id(id)}";

    // A live story's updates newer than the page's newest (?after=n).
    public static string LiveUpdates(int id) => $"/articles/{Id(id)}/live";

    // The view beacon an open article page posts to (its answer: the counts as they stand).
    public static string ArticleViews(int id) => $"/articles/{Id(id)}/views";

    public static string Section(string slug) => $"/sections/{Uri.EscapeDataString(slug)}";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";

    // Page n of a listing: "/sections/uae?page=3" (the first page has no number).
    public static string Paged(string path, int page) => page > 1 ? $"{path}?page={Id(page)}" : path;

    public static string SectionRss(string slug) => Section(slug) + Rss;

    public static string SectionAtom(string slug) => Section(slug) + Atom;

    public static string ArticlesSitemap(int page) => $"/sitemaps/articles-{Id(page)}.xml";

    public static string SearchResults(string query, int page = 1) =>
        page == 1 ? $"{Search}?q={Uri.EscapeDataString(query)}" : $"{Search}?q={Uri.EscapeDataString(query)}&page={Id(page)}";

    // The article as shared to one network, tagged so analytics can tell the networks apart.
    public static string ArticleShared(int id, string slug, string network) =>
        $"{Article(id, slug)}?utm_source={Uri.EscapeDataString(network)}&utm_medium=social&utm_campaign=share";

    // Short codes are base62 and network slugs lower-case ASCII: nothing to encode.
    public static string ShortLink(string code) => $"/s/{code}";

    public static string ShareLink(string code, string network) => $"/s/{code}/{network}";

    public static string QrCode(string code) => $"/s/{code}/qr.svg";

    // A file of the media library (Media/MediaFiles names them).
    public static string Media(string fileName) => $"{MediaRoot}/{fileName}";

    // The 1200×630 link-preview card, or one of the other crops by name ("16x9", …).
    public static string SocialCard(int articleId, string? crop = null) =>
        crop is null ? $"{SocialCardRoot}/{Id(articleId)}.jpg" : $"{SocialCardRoot}/{Id(articleId)}/{crop}.jpg";

    // A picture path as stored with an article, when it is one this site serves: rooted ("/…"), not protocol-relative
    // ("//host"), with no scheme, backslash or control character. Anything else is no picture at all.
    public static string? Image(string? path) =>
        path is ['/', not '/' and not '\\', ..] && !path.Any(c => char.IsControl(c) || c is '\\' or ' ')
            ? path
            : null;

    // The only builder of absolute URLs. A path that is not site-relative is taken as relative to the root.
    public string Absolute(string path) => path.StartsWith('/') ? _base + path : _base + "/" + path;

    public string? AbsoluteImage(string? path) => Image(path) is { } image ? Absolute(image) : null;

    // Rendered HTML for use off the site (the content API): every site-relative src, href and srcset address made absolute.
    public string AbsoluteInHtml(string html) =>
        SiteRelativeAttribute().Replace(html, m => m.Groups[1].Value + string.Join(", ",
            m.Groups[2].Value.Split(',').Select(part => part.TrimStart() is ['/', not '/', ..] relative ? _base + relative : part.Trim())) + "\"");

    [System.Text.RegularExpressions.GeneratedRegex("((?:src|href|srcset)=\")(/[^/\"][^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex SiteRelativeAttribute();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
