using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// "Related" and "more from this author" under a story: ordinary queries, shaped so that their cost does not grow
// with the archive. Candidates come from the ArticleTags index (TagsId, ArticlesId), newest first, never from a scan
// of Articles, whose rows are large (bodies) and which SQLite, without statistics, would walk by Status.
internal static class RelatedStories
{
    private const string ArticleTags = ArticleConfiguration.ArticleTags;
    private const int CandidatesPerTag = 100;
    private const int MaxTags = 8;
    private const int RowsToRead = 24;

    // Stories that share the most tags with this one (its own section, then the newest, first among equals), topped
    // up with the newest stories of its section; ids, best first, with spares.
    public static async Task<List<int>> RelatedIdsAsync(
        this NewsDbContext db, Article article, int count, CancellationToken cancellationToken)
    {
        // Each tag's newest stories, in one statement (LimitedUnion) over the join table's (TagsId, ArticlesId) index.
        var tagIds = article.Tags.Select(t => t.Id).Distinct().Take(MaxTags).ToList();
        var tagged = await LimitedUnion.IdsAsync(db, tagIds, [article.Id, CandidatesPerTag], tag => $"""
            SELECT "ArticlesId" AS "Value" FROM "{ArticleTags}" WHERE "TagsId" = {tag} AND "ArticlesId" <> {"{0}"}
            ORDER BY "ArticlesId" DESC LIMIT {"{1}"}
            """, cancellationToken);
        var shared = tagged.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

        // Ids grow with time: the most shared tags, then the newest, are the rows worth reading.
        var candidates = shared.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).Take(RowsToRead).Select(c => c.Key).ToList();
        var chosen = new List<int>();
        if (candidates.Count > 0)
        {
            var rows = await Candidates(db, [.. candidates]).ToListAsync(cancellationToken);
            chosen = [.. rows
                .OrderByDescending(r => shared[r.Id]).ThenByDescending(r => r.SectionId == article.SectionId)
                .ThenByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.Id)
                .Take(count * 2).Select(r => r.Id)];
        }

        if (chosen.Count < count * 2)
        {
            chosen.AddRange(await NewestInSection(db, article.SectionId, [article.Id, .. chosen], (count * 2) - chosen.Count).ToListAsync(cancellationToken));
        }

        return chosen;
    }

    // The author's latest other stories; ids, newest first, with spares. A guest writer's few are read through their
    // bylines (LinkedStories); the walk's predicate holds for every one of them. throughLinks: the way, when a test
    // chooses.
    public static async Task<List<int>> MoreByAuthorIdsAsync(this NewsDbContext db, Article article, int count, CancellationToken cancellationToken,
        bool? throughLinks = null)
    {
        var (authorId, except, take) = (article.AuthorId, article.Id, count * 3);
        var links = db.BylineLinks(authorId);
        return (throughLinks ?? await links.AreFewAsync(take + 1, cancellationToken))
            ? await db.Articles.Where(a => a.Id != except).Through(links).Published().Latest().Take(take).Select(a => a.Id).ToListAsync(cancellationToken)
            : await NewestByAuthor(db, authorId, except, take).ToListAsync(cancellationToken);
    }

    private sealed record Candidate(int Id, int SectionId, DateTime? PublishedAtUtc);

    // Compiled: each runs for every story rendered that has no list remembered (every cache miss of a crawl). Newest
    // first is written out (Latest is an IQueryable extension, which EF cannot compile).
    private static readonly Func<NewsDbContext, int[], IAsyncEnumerable<Candidate>> Candidates = EF.CompileAsyncQuery(
        (NewsDbContext db, int[] ids) => db.Articles.AsNoTracking().Where(ArticleQueries.IsPublished).Where(a => ids.Contains(a.Id))
            .Select(a => new Candidate(a.Id, a.SectionId, a.PublishedAtUtc)));

    private static readonly Func<NewsDbContext, int, int[], int, IAsyncEnumerable<int>> NewestInSection = EF.CompileAsyncQuery(
        (NewsDbContext db, int sectionId, int[] except, int take) => db.Articles.AsNoTracking().Where(ArticleQueries.IsPublished)
            .Where(a => a.SectionId == sectionId && !except.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Take(take).Select(a => a.Id));

    private static readonly Func<NewsDbContext, int, int, int, IAsyncEnumerable<int>> NewestByAuthor = EF.CompileAsyncQuery(
        (NewsDbContext db, int authorId, int except, int take) => db.Articles.AsNoTracking().Where(ArticleQueries.IsPublished)
            .Where(a => a.Bylines.Any(b => b.AuthorId == authorId) && a.Id != except)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Take(take).Select(a => a.Id));
}
