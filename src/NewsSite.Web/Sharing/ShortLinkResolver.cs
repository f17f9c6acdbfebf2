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

    // Which code each cached article was found by, to evict by article id.
    private readonly ConcurrentDictionary<int, string> _codes = new();

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
            _codes[article.Id] = code;
            cache.Set(Key(code), article, Lifetime);
            if (_changedAt.GetValueOrDefault(article.Id) > began)
            {
                cache.Remove(Key(code));   // a change landed between the check and the Set
            }
        }

        return article;
    }

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _changes);
        foreach (var id in change.ArticleIds)
        {
            _changedAt[id] = number;
            if (_codes.TryRemove(id, out var code))
            {
                cache.Remove(Key(code));
            }
        }

        return Task.CompletedTask;
    }

    private static (Type, string) Key(string code) => (typeof(ShortLinkResolver), code);
}
