using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Where a story shows: its own page and its section's, author's and tags' pages. Taken before and after a change, so
// that a story moved from one section to another changes both.
internal sealed record ArticleFootprint(int Id, int SectionId, IReadOnlyList<int> AuthorIds, IReadOnlyList<int> TagIds)
{
    public static ArticleFootprint Of(Article article) =>
        new(article.Id, article.SectionId, [article.AuthorId, .. article.Bylines.Select(b => b.AuthorId)], [.. article.Tags.Select(t => t.Id)]);

    public static ArticlesChanged Change(string action, IEnumerable<ArticleFootprint> footprints)
    {
        var all = footprints.ToList();
        return new ArticlesChanged(
            action,
            Known(all.Select(f => f.Id)),
            Known(all.Select(f => f.SectionId)),
            Known(all.SelectMany(f => f.AuthorIds)),
            Known(all.SelectMany(f => f.TagIds)));
    }

    // A story not yet saved (or not yet filed) has no ids: 0 is nobody's.
    private static HashSet<int> Known(IEnumerable<int> ids) => [.. ids.Where(id => id > 0)];
}
