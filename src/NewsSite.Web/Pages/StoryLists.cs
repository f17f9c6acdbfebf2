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
// At most Capacity stories' lists are kept: a crawler reading every story once would otherwise leave one entry per
// story (about 350 bytes) for the page cache's lifetime, about 35 MB on an archive of 100,000. When it is full, a new
// story's lists serve its render only, and the cache drops the least recently used (a twentieth of it) to make room;
// the most read, shared by every page, goes last.
public sealed class StoryLists : IArticleChangeListener, IDisposable
{
    public const int Capacity = 10_000;

    private readonly IOptions<PageCacheOptions> _options;
    private readonly MemoryCache _cache;

    public StoryLists(IOptions<PageCacheOptions> options) : this(options, Capacity)
    {
    }

    internal StoryLists(IOptions<PageCacheOptions> options, int capacity)
    {
        _options = options;
        _cache = new MemoryCache(Options.Create(new MemoryCacheOptions { SizeLimit = capacity }));
    }

    public bool RunsOnEveryNode => true;

    // How many lists are remembered now, and whether a story's are.
    internal int Count => _cache.Count;

    internal bool Remembers(int articleId) => _cache.TryGetValue(new AroundKey(articleId), out _);

    private static readonly TimeSpan MostReadLifetime = TimeSpan.FromMinutes(1);

    public Task<List<int>> MostReadAsync(NewsDbContext db, DateTime nowUtc, int count, CancellationToken cancellationToken) =>
        RememberAsync(new MostReadKey(count), MostReadLifetime, () => db.MostReadIdsAsync(nowUtc, count, cancellationToken), CacheItemPriority.High);

    public Task<(List<int> Related, List<int> ByAuthor)> AroundAsync(NewsDbContext db, Article article, int count, CancellationToken cancellationToken) =>
        RememberAsync(new AroundKey(article.Id), TimeSpan.FromSeconds(_options.Value.Seconds), async () =>
            (await db.RelatedIdsAsync(article, count, cancellationToken), await db.MoreByAuthorIdsAsync(article, count, cancellationToken)));

    // A story's own tags, section or byline may have changed: its neighbours are worked out again.
    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        foreach (var id in change.ArticleIds)
        {
            _cache.Remove(new AroundKey(id));
        }

        return Task.CompletedTask;
    }

    private async Task<T> RememberAsync<T>(object key, TimeSpan lifetime, Func<Task<T>> make, CacheItemPriority priority = CacheItemPriority.Normal)
    {
        if (!_options.Value.Enabled)
        {
            return await make();
        }

        if (_cache.TryGetValue(key, out T? known) && known is not null)
        {
            return known;
        }

        var made = await make();
        _cache.Set(key, made, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1, Priority = priority });
        return made;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record MostReadKey(int Count);

    private sealed record AroundKey(int ArticleId);
}
