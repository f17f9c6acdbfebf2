using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsSite.Web.Caching;

// Evicts a tag at a set time, for what changes without anyone saving anything: the breaking-news banner's end, a
// front slot's end. Pages ask while they render (so it also holds after a restart); one timer per (time, tag).
public sealed class CacheExpirySchedule(IOutputCacheStore store, RecentEvictions recent, TimeProvider clock, ILogger<CacheExpirySchedule> logger) : IDisposable
{
    private const int MaxPending = 1_000;   // a few banners and slots at a time; never unbounded
    private readonly ConcurrentDictionary<(DateTime At, string Tag), ITimer> _pending = new();

    public void EvictAt(DateTime utc, string tag)
    {
        var due = utc - clock.GetUtcNow().UtcDateTime;
        if (due <= TimeSpan.Zero || _pending.Count >= MaxPending || _pending.ContainsKey((utc, tag)))
        {
            return;
        }

        var key = (utc, tag);
        var timer = clock.CreateTimer(_ => _ = FireAsync(key), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_pending.TryAdd(key, timer))
        {
            timer.Change(due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Dispose();
        }
    }

    private async Task FireAsync((DateTime At, string Tag) key)
    {
        if (_pending.TryRemove(key, out var timer))
        {
            await timer.DisposeAsync();
        }

        try
        {
            recent.Evicting([key.Tag]);
            await store.EvictByTagAsync(key.Tag, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.ScheduledEvictionFailed(ex, key.Tag);
        }
    }

    public void Dispose()
    {
        foreach (var timer in _pending.Values)
        {
            timer.Dispose();
        }

        _pending.Clear();
    }
}
