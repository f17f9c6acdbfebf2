using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsSite.Web.Data;

namespace NewsSite.Web.Publishing;

public sealed record BreakingBanner(string Headline, string? Link, DateTime? ExpiresAtUtc);

// The "عاجل" banner every reader page shows: read at most every few seconds, and at once after an editor saves it.
public sealed class BreakingNewsBanner(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider clock) : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    private static readonly object Key = new();
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    public async Task<BreakingBanner?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(Key, out BreakingBanner? banner))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            banner = await db.BreakingNews.AsNoTracking().Where(b => b.IsOn).OrderByDescending(b => b.Id)
                .Select(b => new BreakingBanner(b.Headline, b.Link, b.ExpiresAtUtc)).FirstOrDefaultAsync(cancellationToken);
            cache.Set(Key, banner, Fresh);
        }

        return banner is { ExpiresAtUtc: { } expires } && expires <= clock.GetUtcNow().UtcDateTime ? null : banner;
    }

    public void Changed() => cache.Remove(Key);

    // The desk announces a banner change to every page; another node's desk reaches this copy through the relay.
    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        if (change.Everywhere)
        {
            Changed();
        }

        return Task.CompletedTask;
    }
}
