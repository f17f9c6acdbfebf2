using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Articles;

[OutputCache(PolicyName = CachePolicies.Page)]
public sealed class DetailsModel(
    NewsDbContext db, StoryLists lists, ViewCounter views, ShareCounter shares, ShareLinkService shareLinks, SocialMetadata social, IOptions<SiteOptions> site,
    TimeProvider clock)
    : PageModel
{
    private const int RelatedCount = 4;
    private const int MostReadCount = 5;

    public ArticleView View { get; private set; } = null!;
    public ArticleMetadata Metadata { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Published()
            .Include(a => a.Section).Include(a => a.Author).Include(a => a.Tags).Include(a => a.Bylines).ThenInclude(b => b.Author)
            .Include(a => a.Corrections).Include(a => a.LiveUpdates)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        // The id decides; any other slug (missing, old, mistyped, changed by an editor) goes to the canonical URL.
        if (slug != article.Slug)
        {
            return RedirectPermanent(SiteUrls.Article(article));
        }

        // The lists beside the story: their ids (remembered a while), then every card in one query.
        var (relatedIds, byAuthorIds) = await lists.AroundAsync(db, article, RelatedCount, cancellationToken);
        var mostReadIds = await lists.MostReadAsync(db, clock.GetUtcNow().UtcDateTime, MostReadCount, cancellationToken);
        var cards = await db.PublishedCardsAsync([.. relatedIds, .. byAuthorIds, .. mostReadIds], cancellationToken);
        var related = cards.InOrder(relatedIds, RelatedCount);
        var moreByAuthor = cards.InOrder(byAuthorIds.Except(related.Select(c => c.Id)), RelatedCount);

        View = new ArticleView(article, article.ViewCount + views.Pending(article.Id), article.ShareCount + shares.PendingTotal(article.Id),
            ArticleView.GoogleNewsOf(article, site.Value), related)
        {
            Share = ShareableArticle.From(article) is { } shareable ? shareLinks.For(shareable) : null,
            MoreByAuthor = moreByAuthor,
            MostRead = cards.InOrder(mostReadIds, MostReadCount),
        };
        Metadata = social.For(article);

        // Cached until the story, a story shown beside it or one of its bylines changes. Views are counted by the
        // page's beacon (ViewBeacon), so every reader of the one cached copy still counts.
        HttpContext.ShowsArticles([article.Id, .. related.Select(c => c.Id), .. moreByAuthor.Select(c => c.Id), .. View.MostRead.Select(c => c.Id)]);
        HttpContext.Shows([.. article.Bylines.Select(b => CacheTags.Author(b.AuthorId))]);
        return Page();
    }
}
