using System.Collections.Concurrent;
using NewsSite.Web.Data;

namespace NewsSite.Web.Counters;

// Counts that readers cause (page views, shares) are buffered in memory and added to the database in batches by
// CountFlusher, so a reader's request never writes (or waits on SQLite's write lock). Nothing is lost: a drained
// key that is counted again is simply re-added, and a batch that fails to save goes back in.
public abstract class CountBuffer<TKey> : IBufferedCounter
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, long> _pending = new();

    public void Record(TKey key) => _pending.AddOrUpdate(key, 1, static (_, count) => count + 1);

    public long Pending(TKey key) => _pending.TryGetValue(key, out var count) ? count : 0;

    public IReadOnlyList<KeyValuePair<TKey, long>> Drain()
    {
        var drained = new List<KeyValuePair<TKey, long>>();
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var count))
            {
                drained.Add(new(key, count));
            }
        }

        return drained;
    }

    // When a flush fails, its counts go back in rather than being dropped.
    public void Restore(IEnumerable<KeyValuePair<TKey, long>> counts)
    {
        foreach (var (key, count) in counts)
        {
            _pending.AddOrUpdate(key, count, (_, current) => current + count);
        }
    }

    CountBatch IBufferedCounter.TakeBatch()
    {
        var counts = Drain();
        return new CountBatch(counts.Count, (db, cancellationToken) => ApplyAsync(db, counts, cancellationToken), () => Restore(counts));
    }

    // The sum of the pending counts whose key matches; the buffer only holds what arrived since the last flush.
    protected long PendingWhere(Func<TKey, bool> match)
    {
        long total = 0;
        foreach (var (key, count) in _pending)
        {
            if (match(key))
            {
                total += count;
            }
        }

        return total;
    }

    // Adds drained counts to the store with atomic increments in SQL (never read-modify-write). Runs inside the
    // flusher's transaction, together with every other counter's batch.
    protected internal abstract Task ApplyAsync(NewsDbContext db, IReadOnlyList<KeyValuePair<TKey, long>> counts, CancellationToken cancellationToken);
}

// What CountFlusher sees of each buffered counter (registered in DI as IBufferedCounter).
public interface IBufferedCounter
{
    CountBatch TakeBatch();
}

// The counts drained from one counter: added to the database by Apply, or put back by Restore when that fails.
public sealed record CountBatch(int Count, Func<NewsDbContext, CancellationToken, Task> Apply, Action Restore);
