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
        var article = await StoryAsync(id, cancellationToken);
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

    // The story with its section and author, and whether anything stands beside it, in one statement; then its tags
    // and bylines, and its corrections and live updates only when it has some (most stories have neither). Short
    // statements by key: each costs SQLite little to prepare, unlike the split query's joined ones. The three run for
    // every article rendered, so they are compiled: EF skips working out and looking up their shape each time.
    private async Task<Models.Article?> StoryAsync(int id, CancellationToken cancellationToken)
    {
        var found = await Story(db, id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var article = found.Article;
        article.Section = found.Section;
        article.Author = found.Author;
        article.Tags = await TagsOf(db, id).ToListAsync(cancellationToken);
        article.Bylines = await BylinesOf(db, id).ToListAsync(cancellationToken);
        article.Corrections = found.HasCorrections ? await db.Corrections.AsNoTracking().Where(c => c.ArticleId == id).ToListAsync(cancellationToken) : [];
        article.LiveUpdates = found.HasUpdates ? await db.LiveUpdates.AsNoTracking().Where(u => u.ArticleId == id).ToListAsync(cancellationToken) : [];
        return article;
    }

    private sealed record StoryRow(Models.Article Article, Models.Section Section, Models.Author Author, bool HasCorrections, bool HasUpdates);

    private static readonly Func<NewsDbContext, int, CancellationToken, Task<StoryRow?>> Story = EF.CompileAsyncQuery(
        (NewsDbContext db, int id, CancellationToken _) => db.Articles.AsNoTracking().Where(ArticleQueries.IsPublished).Where(a => a.Id == id)
            .Select(a => new StoryRow(a, a.Section, a.Author, a.Corrections.Any(), a.LiveUpdates.Any())).FirstOrDefault());

    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<Models.Tag>> TagsOf = EF.CompileAsyncQuery(
        (NewsDbContext db, int id) => db.Tags.AsNoTracking().Where(t => t.Articles.Any(a => a.Id == id)));

    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<Models.ArticleByline>> BylinesOf = EF.CompileAsyncQuery(
        (NewsDbContext db, int id) => db.ArticleBylines.AsNoTracking().Include(b => b.Author).Where(b => b.ArticleId == id));
}
