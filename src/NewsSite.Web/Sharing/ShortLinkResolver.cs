using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Sharing;

// Finds the published article behind a short code. A story that spreads sends the same code again and again, so
// found articles are kept in memory; the workflow's change notification evicts a story the moment it is edited,
// unpublished or deleted, and the lifetime only bounds what another node's change could leave behind.
// Misses are not cached (a new article's code works at once, and guessing codes fills nothing).
public sealed class ShortLinkResolver(IServiceScopeFactory scopes, IMemoryCache cache) : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // Which code each cached article was found by, to evict by article id. A listing leaves with its cache entry (or
    // every code ever followed would stay listed); it is compared by reference, so the late eviction callback of an
    // expired entry cannot drop the listing of the entry that took its place.
    private readonly ConcurrentDictionary<int, Listed> _codes = new();

    // A read that began before a change to its story must not be cached after the change's eviction: every change
    // is numbered, and a lookup caches only if its story has not changed since the lookup began.
    private readonly ConcurrentDictionary<int, long> _changedAt = new();
    private long _changes;

    public async Task<ShareableArticle?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (!ShortCodes.IsWellFormed(code))
        {
            return null;
        }

        if (cache.TryGetValue(Key(code), out ShareableArticle? article))
        {
            return article;
        }

        var began = Interlocked.Read(ref _changes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        article = await db.Articles.AsNoTracking().Published().Where(a => a.ShortCode == code).ToShareable().FirstOrDefaultAsync(cancellationToken);
        if (article is not null && _changedAt.GetValueOrDefault(article.Id) <= began)
        {
            var id = article.Id;
            var listed = new Listed(code);
            _codes[id] = listed;
            cache.Set(Key(code), article, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }
                .RegisterPostEvictionCallback((_, _, reason, _) =>
                {
                    if (reason != EvictionReason.Replaced)   // replaced by a lookup of the same code: that one is listed
                    {
                        _codes.TryRemove(KeyValuePair.Create(id, listed));
                    }
                }));
            if (_changedAt.GetValueOrDefault(article.Id) > began)
            {
                cache.Remove(Key(code));   // a change landed between the check and the Set
            }
        }

        return article;
    }

    // Whether a story's code is listed for eviction (while its article is cached).
    internal bool Lists(int articleId) => _codes.ContainsKey(articleId);

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _changes);
        foreach (var id in change.ArticleIds)
        {
            _changedAt[id] = number;
            if (_codes.TryRemove(id, out var listed))
            {
                cache.Remove(Key(listed.Code));
            }
        }

        return Task.CompletedTask;
    }

    private static (Type, string) Key(string code) => (typeof(ShortLinkResolver), code);

    private sealed class Listed(string code)
    {
        public string Code { get; } = code;
    }
}
