using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsSite.Web.Caching;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Feeds;

internal static class FeedEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Cached pages (Caching) that any story's change may change: evicted with the newest-first pages.
        var group = endpoints.MapGroup("").CacheOutput(CachePolicies.Page).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Shows(CacheTags.Latest);
            return await next(context);
        });

        // The paths are SiteUrls' (Rss, SectionRss, ArticlesSitemap …), written here as route templates.
        group.MapMethods(SiteUrls.Rss, GetOrHead, (FeedBuilder feeds, CancellationToken ct) => FeedAsync(feeds, null, FeedFormat.Rss, ct));
        group.MapMethods(SiteUrls.Atom, GetOrHead, (FeedBuilder feeds, CancellationToken ct) => FeedAsync(feeds, null, FeedFormat.Atom, ct));
        group.MapMethods("/sections/{slug}/rss.xml", GetOrHead, (string slug, FeedBuilder feeds, CancellationToken ct) => FeedAsync(feeds, slug, FeedFormat.Rss, ct));
        group.MapMethods("/sections/{slug}/atom.xml", GetOrHead, (string slug, FeedBuilder feeds, CancellationToken ct) => FeedAsync(feeds, slug, FeedFormat.Atom, ct));

        group.MapMethods(SiteUrls.SitemapIndex, GetOrHead, (Sitemaps sitemaps, CancellationToken ct) =>
            Results.Stream(stream => sitemaps.WriteIndexAsync(stream, ct), XmlType));
        group.MapMethods(SiteUrls.PagesSitemap, GetOrHead, (Sitemaps sitemaps, CancellationToken ct) =>
            Results.Stream(stream => sitemaps.WritePagesAsync(stream, ct), XmlType));
        group.MapMethods(SiteUrls.NewsSitemap, GetOrHead, (Sitemaps sitemaps, CancellationToken ct) =>
            Results.Stream(stream => sitemaps.WriteNewsAsync(stream, ct), XmlType));
        group.MapMethods("/sitemaps/articles-{page:int}.xml", GetOrHead, async (int page, Sitemaps sitemaps, CancellationToken ct) =>
            await sitemaps.ArticlesPageExistsAsync(page, ct)
                ? Results.Stream(stream => sitemaps.WriteArticlesAsync(page, stream, ct), XmlType)
                : Results.NotFound());
        group.MapMethods(SiteUrls.Robots, GetOrHead, (Sitemaps sitemaps) => Results.Text(sitemaps.Robots(), "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static async Task<IResult> FeedAsync(FeedBuilder feeds, string? section, FeedFormat format, CancellationToken cancellationToken)
    {
        var feed = await feeds.BuildAsync(section, format, cancellationToken);
        if (feed is null)
        {
            return Results.NotFound();
        }

        SyndicationFeedFormatter formatter = format == FeedFormat.Rss
            ? new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false)
            : new Atom10FeedFormatter(feed);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            formatter.WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), FeedBuilder.ContentType(format) + "; charset=utf-8");
    }
}
