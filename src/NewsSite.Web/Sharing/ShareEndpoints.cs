using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Security;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Sharing;

// Short links, counted share links, the share API and QR codes. Every redirect target is
// built here from the stored article; nothing in the request (query, headers, extra path) can choose it.
internal static class ShareEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder app)
    {
        // The templates match SiteUrls.ShortLink, QrCode and ShareLink.
        app.MapMethods("/s/{code}", GetOrHead, ShortLinkAsync);
        app.MapMethods("/s/{code}/qr.svg", GetOrHead, QrCodeAsync);
        app.MapMethods("/s/{code}/{network}", GetOrHead, ShareAsync).RequireRateLimiting(RateLimits.Sharing);
        app.MapGet("/api/articles/{id:int}/share", ShareSummaryAsync).CacheOutput(CachePolicies.Page);
        return app;
    }

    // /s/{code}: the short link itself (copied links, QR codes) answers with the article's canonical URL.
    private static async Task<IResult> ShortLinkAsync(string code, ShortLinkResolver resolver, ShareLinkService links, CancellationToken cancellationToken)
    {
        var article = await resolver.FindAsync(code, cancellationToken);
        return article is null ? Results.NotFound() : Results.Redirect(links.CanonicalUrl(article), permanent: true);
    }

    // /s/{code}/{network}: counts one share (not for HEAD or crawlers) and sends the reader to the network.
    private static async Task<IResult> ShareAsync(
        string code, string network, HttpContext http, ShortLinkResolver resolver, ShareLinkService links, ShareCounter counter, CancellationToken cancellationToken)
    {
        if (!ShareNetworks.TryParse(network, out var target))
        {
            return Results.NotFound();
        }

        var article = await resolver.FindAsync(code, cancellationToken);
        if (article is null)
        {
            return Results.NotFound();
        }

        if (HttpMethods.IsGet(http.Request.Method) && !CrawlerDetector.IsCrawler(http.Request.Headers.UserAgent))
        {
            counter.Record(new ShareKey(article.Id, target));
        }

        // A cached redirect would skip the count next time.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Results.Redirect(links.ShareUrl(article, target));
    }

    private static async Task<IResult> QrCodeAsync(string code, HttpContext http, ShortLinkResolver resolver, ShareLinkService links, CancellationToken cancellationToken)
    {
        var article = await resolver.FindAsync(code, cancellationToken);
        if (article is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Text(QrCodes.Svg(links.ShortUrl(article)), "image/svg+xml; charset=utf-8");
    }

    // Cached like a page (evicted when the story changes), but its counts no longer than the counters' flush interval.
    private static async Task<IResult> ShareSummaryAsync(
        int id, HttpContext http, NewsDbContext db, ShareLinkService links, ShareCounter counter, IOptions<CounterOptions> counters,
        CancellationToken cancellationToken)
    {
        http.ShowsArticles([id]);
        http.CacheFor(TimeSpan.FromSeconds(counters.Value.FlushIntervalSeconds));
        var row = await db.Articles.AsNoTracking().Published().Where(a => a.Id == id && a.ShortCode != null)
            .Select(a => new { a.ShareCount, Article = new ShareableArticle(a.Id, a.Slug, a.Content.Title, a.Content.Standfirst, a.Content.ImagePath, a.ShortCode!) })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "الخبر غير موجود",
                detail: "لا يوجد خبر منشور بهذا الرقم.");
        }

        var stored = await db.ArticleShareCounts.AsNoTracking().Where(s => s.ArticleId == id)
            .ToDictionaryAsync(s => s.Network, s => s.Count, cancellationToken);
        var share = links.For(row.Article);
        return TypedResults.Ok(new ShareSummary(
            id,
            share.Canonical,
            share.ShortUrl,
            share.QrCodeUrl,
            row.ShareCount + counter.PendingTotal(id),
            [.. share.Networks.Select(n => new NetworkSummary(
                n.Slug, n.Name, n.CountedUrl, n.ShareUrl,
                stored.GetValueOrDefault(n.Network) + counter.Pending(new ShareKey(id, n.Network))))]));
    }


    internal sealed record ShareSummary(int ArticleId, string Url, string ShortUrl, string QrCodeUrl, long Total, IReadOnlyList<NetworkSummary> Networks);

    internal sealed record NetworkSummary(string Network, string Name, string Link, string ShareUrl, long Count);
}
