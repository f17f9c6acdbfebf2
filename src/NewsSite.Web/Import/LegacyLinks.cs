using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Import;

// Addresses readers, search engines and other sites still hold from the WordPress days, answered with a permanent
// redirect to where the story or page is now: a post's permalink (whatever the permalink structure was) and
// /?p=123, /category/…/x, /tag/x, /author/x and their /feed. Only for addresses nothing else on the site answers, and
// only to stories readers can see (a draft's slug is its headline: an old ?p= number must not reveal it).
internal static class LegacyLinks
{
    // /?p=123 and /?page_id=…: the home page's address with a query, so it is looked at before the page cache.
    public static WebApplication UseLegacyLinks(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method)
                && long.TryParse(http.Request.Query["p"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                var db = http.RequestServices.GetRequiredService<NewsDbContext>();
                var story = await db.ImportedPosts.AsNoTracking().Where(p => p.WordPressId == id && p.Article.Status == ArticleStatus.Published && p.Article.PublishedAtUtc != null).OrderByDescending(p => p.Id)
                    .Select(p => new { p.Article.Id, p.Article.Slug }).FirstOrDefaultAsync(http.RequestAborted);
                if (story is not null)
                {
                    http.Response.Redirect(SiteUrls.Article(story.Id, story.Slug), permanent: true);
                    return;
                }
            }

            await next(http);
        });
        return app;
    }

    public static WebApplication MapLegacyLinks(this WebApplication app)
    {
        app.MapFallback("{**path:nonfile}", RedirectAsync).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RedirectAsync(HttpContext http, NewsDbContext db, CancellationToken cancellationToken)
    {
        var path = WordPressImport.NormalPath(http.Request.Path.Value ?? "/");
        var story = await db.ImportedPosts.AsNoTracking().Where(p => p.OldPath == path && p.Article.Status == ArticleStatus.Published && p.Article.PublishedAtUtc != null).OrderByDescending(p => p.Id)
            .Select(p => new { p.Article.Id, p.Article.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (story is not null)
        {
            return Results.Redirect(SiteUrls.Article(story.Id, story.Slug), permanent: true);
        }

        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var feed = segments.Count > 0 && segments[^1] == "feed";
        if (feed)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        var slug = segments.Count >= 2 ? SlugGenerator.FromTitle(segments[^1]) : "";
        var target = (segments.Count, segments.FirstOrDefault()) switch
        {
            (0, _) when feed => "/rss.xml",
            ( >= 2, "category") when await db.Sections.AnyAsync(s => s.Slug == slug, cancellationToken) => feed ? SiteUrls.SectionRss(slug) : SiteUrls.Section(slug),
            (2, "tag") when await db.Tags.AnyAsync(t => t.Slug == slug, cancellationToken) => SiteUrls.Tag(slug),
            (2, "author") when await db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken) => SiteUrls.Author(slug),
            _ => null,
        };
        return target is null ? Results.NotFound() : Results.Redirect(target, permanent: true);
    }
}
