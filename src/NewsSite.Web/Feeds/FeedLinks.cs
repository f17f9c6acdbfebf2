using System.Globalization;

namespace NewsSite.Web.Feeds;

// The feed, sitemap and robots addresses, as routed by FeedEndpoints and advertised by the pages.
public static class FeedLinks
{
    public const string Rss = "/rss.xml";
    public const string Atom = "/atom.xml";
    public const string SitemapIndex = "/sitemap.xml";
    public const string PagesSitemap = "/sitemaps/pages.xml";
    public const string NewsSitemap = "/sitemaps/news.xml";
    public const string Robots = "/robots.txt";

    public static string SectionRss(string slug) => $"/sections/{Uri.EscapeDataString(slug)}/rss.xml";

    public static string SectionAtom(string slug) => $"/sections/{Uri.EscapeDataString(slug)}/atom.xml";

    public static string ArticlesSitemap(int page) => $"/sitemaps/articles-{page.ToString(CultureInfo.InvariantCulture)}.xml";

    public static string Absolute(string publicBaseUrl, string path) => publicBaseUrl.TrimEnd('/') + path;
}
