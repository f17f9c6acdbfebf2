using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// A tag's or an author's stories, newest first (their pages, "more from this author"). There are two ways to read
// them:
// - walk the newest-first index of published stories and check each one's link: a page of a busy tag is found within a
//   few entries, but a tag on three stories, a guest writer's byline or an old event's tag walks most of the archive
//   (25 ms a page at 100,000 stories, and growing with it);
// - read the subject's links from the join table's index, look each linked story up by its key and sort them: the
//   same cost for every page, several entries of the walk a link (LinkCost).
// SQLite keeps no statistics per tag or author, so it cannot tell these apart. Ids grow with time, so how far the walk
// goes is about the archive's newest id less the id of the subject's rowsWanted-th newest link (all of it when there
// are fewer); the links, counted from the join index up to what is worth reading, are read when that costs less.
// Either way the page lists the same stories.
internal static class LinkedStories
{
    // A link costs a seek and its story's row, which SQLite reads past the body to the status and dates: about four
    // entries of the walk for a story of a few kilobytes (measured on generated stories), more for a long one.
    private const int LinkCost = 8;
    private const int MostLinks = 5_000;   // at most a few milliseconds of reading links, whatever the archive

    private static readonly LinkTable Tags = new(ArticleConfiguration.ArticleTags, "TagsId", "ArticlesId");
    private static readonly LinkTable Bylines = new("ArticleBylines", "AuthorId", "ArticleId");

    public static StoryLinks TagLinks(this NewsDbContext db, int tagId) => new(
        db.Set<Dictionary<string, object>>(Tags.Table)
            .Where(link => EF.Property<int>(link, Tags.Subject) == tagId).Select(link => EF.Property<int>(link, Tags.Story)),
        (bound, cancellationToken) => Tags.CountUpToAsync(db, tagId, bound, cancellationToken),
        (skip, cancellationToken) => Tags.ReachAsync(db, tagId, skip, cancellationToken));

    public static StoryLinks BylineLinks(this NewsDbContext db, int authorId) => new(
        db.ArticleBylines.Where(b => b.AuthorId == authorId).Select(b => b.ArticleId),
        (bound, cancellationToken) => Bylines.CountUpToAsync(db, authorId, bound, cancellationToken),
        (skip, cancellationToken) => Bylines.ReachAsync(db, authorId, skip, cancellationToken));

    internal static int MostWorthReading(long walk) => (int)Math.Clamp(walk / LinkCost, 0, MostLinks);

    // The stories, narrowed to the subject's links when reading those costs less than the walk for rowsWanted.
    public static async Task<IQueryable<Article>> ThroughIfFewAsync(this IQueryable<Article> stories, StoryLinks links, long rowsWanted,
        CancellationToken cancellationToken) =>
        await links.AreFewAsync(rowsWanted, cancellationToken) ? stories.Through(links) : stories;

    // Id IN (the subject's links): SQLite reads the links from the join table's index and looks each story up by its
    // key, rather than walk the newest-first index (given statistics that show the archive is large).
    public static IQueryable<Article> Through(this IQueryable<Article> stories, StoryLinks links) =>
        stories.Where(a => links.StoryIds.Contains(a.Id));

    // The join table's two questions, as plain commands on the context's connection (as LimitedUnion runs its reads): a
    // listing page, and "more from this author" for every story rendered without its lists remembered, ask them each
    // time, and EF's pipeline would cost more than the statements. The reach is one statement: the newest id, and the
    // skip-th newest link's story id.
    private sealed record LinkTable(string Table, string Subject, string Story)
    {
        private readonly string _reach = $"""
            SELECT (SELECT MAX("Id") FROM "Articles"),
                (SELECT "{Story}" FROM "{Table}" WHERE "{Subject}" = @subject ORDER BY "{Story}" DESC LIMIT 1 OFFSET @skip)
            """;

        private readonly string _countUpTo = $"""
            SELECT COUNT(*) FROM (SELECT 1 FROM "{Table}" WHERE "{Subject}" = @subject LIMIT @bound) AS "links"
            """;

        public async Task<LinkReach?> ReachAsync(NewsDbContext db, int subject, int skip, CancellationToken cancellationToken)
        {
            await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
            await using var command = scope.Command(_reach).With("@subject", subject).With("@skip", skip);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
                ? new LinkReach(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1))
                : null;
        }

        public async Task<int> CountUpToAsync(NewsDbContext db, int subject, int bound, CancellationToken cancellationToken)
        {
            await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
            await using var command = scope.Command(_countUpTo).With("@subject", subject).With("@bound", bound);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

// The archive's newest story id, and the story id of a subject's nth newest link (null: it has fewer).
public sealed record LinkReach(int Newest, int? Nth);

// One tag's or author's links to stories: the stories' ids (from the join table's index), how many there are counted
// up to a bound, and how far back its nth newest link reaches (skip: n - 1).
public sealed record StoryLinks(
    IQueryable<int> StoryIds, Func<int, CancellationToken, Task<int>> CountUpToAsync, Func<int, CancellationToken, Task<LinkReach?>> ReachAsync)
{
    // Whether reading the links costs less than walking to the rowsWanted-th newest of them.
    public async Task<bool> AreFewAsync(long rowsWanted, CancellationToken cancellationToken)
    {
        var wanted = (int)Math.Clamp(rowsWanted, 1, int.MaxValue);
        if (await ReachAsync(wanted - 1, cancellationToken) is not { } reach)
        {
            return false;   // no stories at all
        }

        var most = LinkedStories.MostWorthReading(reach.Newest - (reach.Nth ?? 0));
        // Fewer links than wanted, and those few worth reading: no need to count them.
        return (reach.Nth is null && wanted <= most) || (most > 0 && await CountUpToAsync(most + 1, cancellationToken) <= most);
    }
}
