using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// A tag's or an author's stories, newest first (their pages, "more from this author"). There are two ways to read
// them:
// - walk the newest-first index of published stories and check each one's link: a page of a busy tag is found within a
//   few hundred entries, but a tag on three stories, or a guest writer's byline, walks the whole archive (25 ms a page
//   at 100,000 stories, and growing with it);
// - read the subject's links from the join table's index, look each linked story up by its key and sort them: the same
//   cost for every page, about four entries of the walk a link (the story's row is read).
// SQLite keeps no statistics per tag or author, so it cannot tell the two cases apart. Here the archive's size and the
// subject's links, counted from the join index up to what is worth reading, choose. Either way lists the same stories:
// the links only narrow what the walk would check.
internal static class LinkedStories
{
    private const int LinkCost = 4;
    private const int MostLinks = 5_000;   // at most about 5 ms of reading links, whatever the archive

    public static StoryLinks TagLinks(this NewsDbContext db, int tagId) => new(
        db.Set<Dictionary<string, object>>(ArticleConfiguration.ArticleTags)
            .Where(link => EF.Property<int>(link, "TagsId") == tagId).Select(link => EF.Property<int>(link, "ArticlesId")),
        (bound, cancellationToken) => TagLinksUpTo(db, tagId, bound, cancellationToken));

    public static StoryLinks BylineLinks(this NewsDbContext db, int authorId) => new(
        db.ArticleBylines.Where(b => b.AuthorId == authorId).Select(b => b.ArticleId),
        (bound, cancellationToken) => BylinesUpTo(db, authorId, bound, cancellationToken));

    // Whether the subject's links are few enough that reading them costs less than the walk for rowsWanted stories.
    public static async Task<bool> FewLinksAsync(this NewsDbContext db, StoryLinks links, long rowsWanted, CancellationToken cancellationToken)
    {
        var most = MostWorthReading(await ArchiveSize(db, cancellationToken) ?? 0, rowsWanted);
        return most > 0 && await links.CountUpToAsync(most + 1, cancellationToken) <= most;
    }

    // Reading L links costs about LinkCost × L; the walk passes about rowsWanted × archive ÷ L entries to find
    // rowsWanted of them, and never more than the archive. The links are worth reading while the first is cheaper.
    internal static int MostWorthReading(long archive, long rowsWanted) =>
        archive <= LinkCost || rowsWanted <= 0
            ? 0
            : (int)Math.Min(MostLinks, Math.Min((archive - 1) / LinkCost, Math.Sqrt(((rowsWanted * archive) - 1) / (double)LinkCost)));

    // Id IN (the subject's links): SQLite reads the links from the join table's index and looks each story up by its
    // key, rather than walk the newest-first index (given statistics that show the archive is large).
    public static IQueryable<Article> Through(this IQueryable<Article> stories, StoryLinks links) =>
        stories.Where(a => links.StoryIds.Contains(a.Id));

    // Compiled: a listing page, and "more from this author" for every story rendered without its lists remembered,
    // ask these each time. The highest id is about how many stories the walk could pass.
    private static readonly Func<NewsDbContext, CancellationToken, Task<int?>> ArchiveSize = EF.CompileAsyncQuery(
        (NewsDbContext db, CancellationToken _) => db.Articles.IgnoreQueryFilters().Max(a => (int?)a.Id));

    private static readonly Func<NewsDbContext, int, int, CancellationToken, Task<int>> TagLinksUpTo = EF.CompileAsyncQuery(
        (NewsDbContext db, int tagId, int bound, CancellationToken _) => db.Set<Dictionary<string, object>>(ArticleConfiguration.ArticleTags)
            .Where(link => EF.Property<int>(link, "TagsId") == tagId).Select(link => EF.Property<int>(link, "ArticlesId")).Order().Take(bound).Count());

    private static readonly Func<NewsDbContext, int, int, CancellationToken, Task<int>> BylinesUpTo = EF.CompileAsyncQuery(
        (NewsDbContext db, int authorId, int bound, CancellationToken _) =>
            db.ArticleBylines.Where(b => b.AuthorId == authorId).Select(b => b.ArticleId).Order().Take(bound).Count());
}

// One tag's or author's links to stories: the linked stories' ids, from the join table's index, and how many there are,
// counted up to a bound.
public sealed record StoryLinks(IQueryable<int> StoryIds, Func<int, CancellationToken, Task<int>> CountUpToAsync);
