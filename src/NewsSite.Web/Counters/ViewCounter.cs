using System.Collections.Concurrent;

namespace NewsSite.Web.Counters;

// Page views are buffered in memory and added to the database in batches by ViewCountFlusher, so a reader's
// request never writes (or waits on SQLite's write lock). Nothing is lost: a drained key that is counted again
// is simply re-added.
public sealed class ViewCounter
{
    private readonly ConcurrentDictionary<int, long> _pending = new();

    public void Record(int articleId) => _pending.AddOrUpdate(articleId, 1, static (_, count) => count + 1);

    public long Pending(int articleId) => _pending.TryGetValue(articleId, out var count) ? count : 0;

    public IReadOnlyList<KeyValuePair<int, long>> Drain()
    {
        var drained = new List<KeyValuePair<int, long>>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var count))
            {
                drained.Add(new(id, count));
            }
        }

        return drained;
    }

    // When a flush fails, its counts go back in rather than being dropped.
    public void Restore(IEnumerable<KeyValuePair<int, long>> counts)
    {
        foreach (var (id, count) in counts)
        {
            _pending.AddOrUpdate(id, count, (_, current) => current + count);
        }
    }
}
