using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsSite.Web.Data;

namespace NewsSite.Web.Sharing;

// Finds the published article behind a short code. A story that spreads sends the same code again and again, so
// found articles are kept in memory for a minute: an unpublished or retitled story is seen within that minute.
// Misses are not cached (a new article's code works at once, and guessing codes fills nothing).
public sealed class ShortLinkResolver(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<ShareableArticle?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (!ShortCodes.IsWellFormed(code))
        {
            return null;
        }

        var key = (typeof(ShortLinkResolver), code);
        if (cache.TryGetValue(key, out ShareableArticle? article))
        {
            return article;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        article = await db.Articles.AsNoTracking().Published().Where(a => a.ShortCode == code).ToShareable().FirstOrDefaultAsync(cancellationToken);
        if (article is not null)
        {
            cache.Set(key, article, Lifetime);
        }

        return article;
    }
}
