using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// "Related" and "more from this author" under a story: ordinary queries, shaped so that their cost does not grow
// with the archive. Candidates come from the ArticleTags index (TagsId, ArticlesId), newest first, never from a scan
// of Articles, whose rows are large (bodies) and which SQLite, without statistics, would walk by Status.
internal static class RelatedStories
{
    private const string ArticleTags = "ArticleTags";
    private const int CandidatesPerTag = 100;
    private const int MaxTags = 8;
    private const int RowsToRead = 24;

    // Stories that share the most tags with this one (its own section, then the newest, first among equals), topped
    // up with the newest stories of its section.
    public static async Task<List<ArticleCard>> RelatedToAsync(
        this NewsDbContext db, Article article, int count, CancellationToken cancellationToken)
    {
        var shared = new Dictionary<int, int>();
        foreach (var tag in article.Tags.Select(t => t.Id).Distinct().Take(MaxTags))
        {
            var ids = await db.Set<Dictionary<string, object>>(ArticleTags)
                .Where(x => EF.Property<int>(x, "TagsId") == tag && EF.Property<int>(x, "ArticlesId") != article.Id)
                .Select(x => EF.Property<int>(x, "ArticlesId"))
                .OrderByDescending(id => id).Take(CandidatesPerTag)
                .ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                shared[id] = shared.GetValueOrDefault(id) + 1;
            }
        }

        // Ids grow with time: the most shared tags, then the newest, are the rows worth reading.
        var candidates = shared.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).Take(RowsToRead).Select(c => c.Key).ToList();
        var chosen = new List<int>();
        if (candidates.Count > 0)
        {
            var rows = await db.Articles.AsNoTracking().Where(a => candidates.Contains(a.Id))
                .Select(a => new { a.Id, a.SectionId, a.PublishedAtUtc, Published = a.Status == ArticleStatus.Published && a.PublishedAtUtc != null })
                .ToListAsync(cancellationToken);
            chosen = [.. rows.Where(r => r.Published)
                .OrderByDescending(r => shared[r.Id]).ThenByDescending(r => r.SectionId == article.SectionId)
                .ThenByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.Id)
                .Take(count).Select(r => r.Id)];
        }

        var cards = await CardsAsync(db, chosen, cancellationToken);
        if (cards.Count < count)
        {
            var shown = cards.Select(c => c.Id).ToList();
            cards.AddRange(await db.Articles.AsNoTracking().Published()
                .Where(a => a.SectionId == article.SectionId && a.Id != article.Id && !shown.Contains(a.Id))
                .Latest().Take(count - cards.Count).ToCards().ToListAsync(cancellationToken));
        }

        return cards;
    }

    // The author's latest other stories, leaving out those already shown as related.
    public static Task<List<ArticleCard>> MoreByAuthorAsync(
        this NewsDbContext db, Article article, IReadOnlyCollection<int> shown, int count, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Published()
            .By(article.AuthorId).Where(a => a.Id != article.Id && !shown.Contains(a.Id))
            .Latest().Take(count).ToCards().ToListAsync(cancellationToken);

    // Cards in the given order, looked up by primary key (the rows were checked to be published).
    private static async Task<List<ArticleCard>> CardsAsync(NewsDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.PublishedAtUtc != null).ToCards()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. ids.Where(cards.ContainsKey).Select(id => cards[id])];
    }
}
