using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Security;
using NewsSite.Web.Sharing;

namespace NewsSite.Web.Pages.Articles;

// POST /articles/{id}/views: an article page, once open in a reader's browser, says so (js/counters.js). The view is
// buffered like every count (crawlers never counted), and the answer is the story's counts as they stand, which the
// page shows in place of those it was cached with. Counting here, not while rendering, is what lets the page itself
// be cached: one rendered copy serves every reader and each of them is still counted.
internal static class ViewBeacon
{
    public static IEndpointRouteBuilder MapViewBeacon(this IEndpointRouteBuilder app)
    {
        app.MapPost("/articles/{id:int}/views", CountAsync).RequireRateLimiting(RateLimits.Views);
        return app;
    }

    private static async Task<IResult> CountAsync(
        int id, HttpContext http, NewsDbContext db, ViewCounter views, ShareCounter shares, NewsDateFormatter dates, CancellationToken cancellationToken)
    {
        var stored = await db.Articles.AsNoTracking().Published().Where(a => a.Id == id)
            .Select(a => new { a.ViewCount, a.ShareCount }).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return Results.NotFound();
        }

        if (!CrawlerDetector.IsCrawler(http.Request.Headers.UserAgent))
        {
            views.Record(id);
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new ArticleCounts(
            dates.Number(stored.ViewCount + views.Pending(id)), dates.Number(stored.ShareCount + shares.PendingTotal(id))));
    }

    public sealed record ArticleCounts(string Views, string Shares);
}
