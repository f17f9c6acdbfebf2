using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages;

// The lists around stories (related, more by the author, most read) are the dearest part of a page to work out and
// need not be exact to the second: their ids are remembered (the most read for a minute, a story's neighbours until
// the story changes or the page cache's lifetime passes) while their cards are read fresh on every render, so an
// edited or unpublished story shows as it is now. Nothing is remembered when the page cache is off.
public sealed class StoryLists(IMemoryCache cache, IOptions<PageCacheOptions> options) : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    private static readonly TimeSpan MostReadLifetime = TimeSpan.FromMinutes(1);

    public Task<List<int>> MostReadAsync(NewsDbContext db, DateTime nowUtc, int count, CancellationToken cancellationToken) =>
        RememberAsync(new MostReadKey(count), MostReadLifetime, () => db.MostReadIdsAsync(nowUtc, count, cancellationToken));

    public Task<(List<int> Related, List<int> ByAuthor)> AroundAsync(NewsDbContext db, Article article, int count, CancellationToken cancellationToken) =>
        RememberAsync(new AroundKey(article.Id), TimeSpan.FromSeconds(options.Value.Seconds), async () =>
            (await db.RelatedIdsAsync(article, count, cancellationToken), await db.MoreByAuthorIdsAsync(article, count, cancellationToken)));

    // A story's own tags, section or byline may have changed: its neighbours are worked out again.
    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        foreach (var id in change.ArticleIds)
        {
            cache.Remove(new AroundKey(id));
        }

        return Task.CompletedTask;
    }

    private async Task<T> RememberAsync<T>(object key, TimeSpan lifetime, Func<Task<T>> make)
    {
        if (!options.Value.Enabled)
        {
            return await make();
        }

        if (cache.TryGetValue(key, out T? known) && known is not null)
        {
            return known;
        }

        var made = await make();
        cache.Set(key, made, lifetime);
        return made;
    }

    private sealed record MostReadKey(int Count);

    private sealed record AroundKey(int ArticleId);
}
