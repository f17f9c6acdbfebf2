using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Articles;

public sealed class DetailsModel(
    NewsDbContext db, ViewCounter views, ShareCounter shares, ShareLinkService shareLinks, SocialMetadata social, IOptions<SiteOptions> site,
    TimeProvider clock)
    : PageModel
{
    private const int RelatedCount = 4;

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

        var related = await db.RelatedToAsync(article, RelatedCount, cancellationToken);
        var moreByAuthor = await db.MoreByAuthorAsync(article, [.. related.Select(c => c.Id)], RelatedCount, cancellationToken);

        if (!CrawlerDetector.IsCrawler(Request.Headers.UserAgent))
        {
            views.Record(article.Id);
        }

        View = new ArticleView(article, article.ViewCount + views.Pending(article.Id), article.ShareCount + shares.PendingTotal(article.Id),
            ArticleView.GoogleNewsOf(article, site.Value), related)
        {
            Share = ShareableArticle.From(article) is { } shareable ? shareLinks.For(shareable) : null,
            MoreByAuthor = moreByAuthor,
            MostRead = await db.MostReadAsync(clock.GetUtcNow().UtcDateTime, 5, cancellationToken),
        };
        Metadata = social.For(article);
        return Page();
    }
}
