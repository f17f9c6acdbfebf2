using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Search;

// "Related" and "more from this author" under a story: both are ordinary queries on the articles.
internal static class RelatedStories
{
    // Stories that share the most tags with this one (its own section, then the newest, first among equals), topped
    // up with the newest stories of its section.
    public static async Task<List<ArticleCard>> RelatedToAsync(
        this IQueryable<Article> articles, Article article, int count, CancellationToken cancellationToken)
    {
        var others = articles.AsNoTracking().Published().Where(a => a.Id != article.Id);
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var related = tagIds.Count == 0
            ? []
            : await others.Where(a => a.Tags.Any(t => tagIds.Contains(t.Id)))
                .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)))
                .ThenByDescending(a => a.SectionId == article.SectionId)
                .ThenByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
                .Take(count).ToCards().ToListAsync(cancellationToken);
        if (related.Count < count)
        {
            var shown = related.Select(c => c.Id).ToList();
            related.AddRange(await others.Where(a => a.SectionId == article.SectionId && !shown.Contains(a.Id))
                .Latest().Take(count - related.Count).ToCards().ToListAsync(cancellationToken));
        }

        return related;
    }

    // The author's latest other stories, leaving out those already shown as related.
    public static Task<List<ArticleCard>> MoreByAuthorAsync(
        this IQueryable<Article> articles, Article article, IReadOnlyCollection<int> shown, int count, CancellationToken cancellationToken) =>
        articles.AsNoTracking().Published()
            .Where(a => a.AuthorId == article.AuthorId && a.Id != article.Id && !shown.Contains(a.Id))
            .Latest().Take(count).ToCards().ToListAsync(cancellationToken);
}
