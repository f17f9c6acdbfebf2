using Microsoft.AspNetCore.OutputCaching;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Caching;

// Removes exactly the cached pages that show what changed: each story's own page and every page with its card,
// the lists of its sections, tags and authors (before and after the change), the newest-first pages (home, feeds,
// sitemaps, search); everything when the change is everywhere (navigation, banner, home front).
internal sealed class PageCacheEvictor(IOutputCacheStore store, RecentEvictions recent, ILogger<PageCacheEvictor> logger) : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    public bool RunsLast => true;

    public async Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        var tags = Tags(change).ToList();
        recent.Evicting(tags);
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        logger.PagesEvicted(change.Action, tags.Count);
    }

    internal static IEnumerable<string> Tags(ArticlesChanged change)
    {
        if (change.Everywhere)
        {
            return [CacheTags.Site];
        }

        return change.ArticleIds.Select(CacheTags.Article)
            .Concat(change.SectionIds.Select(CacheTags.Section))
            .Concat(change.TagIds.Select(CacheTags.Tag))
            .Concat(change.AuthorIds.Select(CacheTags.Author))
            .Append(CacheTags.Latest);
    }
}
