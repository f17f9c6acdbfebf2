using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Data;

// The sections readers see (not hidden), in navigation order, for every page's header and footer, the home page's
// blocks, search's filter and the API: read once and kept until a change for every page (the taxonomy's, on every
// node), or for a minute at most — what no notification reaches (a WordPress import or generated stories run as
// another process on SQLite, a change message lost between nodes). The list is shared: nobody changes it.
public sealed class SiteSections(IServiceScopeFactory scopes, TimeProvider clock) : IArticleChangeListener
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private IReadOnlyList<Section>? _visible;
    private DateTimeOffset _readAt;
    private int _version;

    public bool RunsOnEveryNode => true;

    public async Task<IReadOnlyList<Section>> VisibleAsync(CancellationToken cancellationToken)
    {
        int version;
        lock (_gate)
        {
            if (_visible is { } known && clock.GetUtcNow() - _readAt < MaxAge)
            {
                return known;
            }

            version = _version;
        }

        var readAt = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var read = await db.Sections.AsNoTracking().Where(s => !s.IsHidden).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        lock (_gate)
        {
            // A change committed while this was read may not be in it: kept only when nothing changed since.
            if (_version == version)
            {
                _visible = read;
                _readAt = readAt;
            }
        }

        return read;
    }

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        if (change.Everywhere)
        {
            lock (_gate)
            {
                _version++;
                _visible = null;
            }
        }

        return Task.CompletedTask;
    }
}
