using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages;

// Section, tag and author pages: find the subject by slug, then one page of its latest published stories.
// An unknown subject, a malformed ?page= or a page past the last is a 404, never a 500.
public abstract class ListingPageModel<TSubject>(NewsDbContext db, IOptions<SiteOptions> site, ListingCounts counts) : PageModel
    where TSubject : class
{
    protected TSubject Subject { get; private set; } = null!;

    protected NewsDbContext Db => db;

    // Where the requested slug went, when it is a retired one (RetiredSlug); set by the page before ListAsync.
    protected Func<NewsDbContext, CancellationToken, Task<string?>>? MovedTo { get; set; }

    protected static async Task<int?> RetiredTargetAsync(NewsDbContext db, string kind, string slug, CancellationToken cancellationToken) =>
        await db.RetiredSlugs.AsNoTracking().Where(r => r.Kind == kind && r.Slug == slug).Select(r => (int?)r.TargetId).FirstOrDefaultAsync(cancellationToken);
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    // cacheTag: the tag whose change evicts this list (its section, tag or author). linkedTo: the links storiesOf
    // follows, for a tag or an author (LinkedStories).
    protected async Task<IActionResult> ListAsync(string? pageNumber, Func<NewsDbContext, CancellationToken, Task<TSubject?>> find,
        Func<TSubject, Expression<Func<Article, bool>>> storiesOf, Func<TSubject, string> cacheTag, CancellationToken cancellationToken,
        Func<TSubject, StoryLinks>? linkedTo = null)
    {
        if (!Paging.TryParsePage(pageNumber, out var number))
        {
            return NotFound();
        }

        var subject = await find(db, cancellationToken);
        if (subject is null)
        {
            // A renamed, merged or deleted subject's old address answers with a permanent redirect to its page now.
            return MovedTo is { } movedTo && await movedTo(db, cancellationToken) is { } url
                ? RedirectPermanent(url + Request.QueryString)
                : NotFound();
        }

        var stories = db.Articles.Where(storiesOf(subject));
        if (linkedTo?.Invoke(subject) is { } links)
        {
            stories = await stories.ThroughIfFewAsync(links, (long)number * site.Value.PageSize, cancellationToken);
        }

        var articles = await stories.LatestPageAsync(number, site.Value.PageSize, cancellationToken, count => counts.CountAsync(cacheTag(subject), count));
        if (articles is null)
        {
            return NotFound();
        }

        (Subject, Articles) = (subject, articles);
        HttpContext.Shows(cacheTag(subject));
        HttpContext.ShowsArticles(articles.Items.Select(c => c.Id));
        return Page();
    }
}
