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
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // Which code each cached article was found by, to evict by article id.
    private readonly ConcurrentDictionary<int, string> _codes = new();

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

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        article = await db.Articles.AsNoTracking().Published().Where(a => a.ShortCode == code).ToShareable().FirstOrDefaultAsync(cancellationToken);
        if (article is not null)
        {
            _codes[article.Id] = code;
            cache.Set(Key(code), article, Lifetime);
        }

        return article;
    }

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        foreach (var id in change.ArticleIds)
        {
            if (_codes.TryRemove(id, out var code))
            {
                cache.Remove(Key(code));
            }
        }

        return Task.CompletedTask;
    }

    private static (Type, string) Key(string code) => (typeof(ShortLinkResolver), code);
}
