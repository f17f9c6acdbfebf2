using System.Collections.Concurrent;

namespace NewsSite.Web.Caching;

// A page read from the database before a change but stored after the change evicted its tags would keep showing the
// old state until it expires (a live story's "nothing new" for five minutes, a home page without the story just
// published). So every eviction is numbered: a request notes the number when it starts, and its page is not stored if
// one of its tags has been evicted since. Kept per node, like the evictions themselves.
public sealed class RecentEvictions(TimeProvider clock)
{
    // Long past any render: older entries are dropped.
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (long Number, DateTimeOffset At)> _evicted = new(StringComparer.Ordinal);
    private long _number;

    public long Now => Interlocked.Read(ref _number);

    // Called before the tags are evicted, so that a page finishing during the eviction already sees it.
    public void Evicting(IEnumerable<string> tags)
    {
        var number = Interlocked.Increment(ref _number);
        var now = clock.GetUtcNow();
        foreach (var tag in tags)
        {
            _evicted[tag] = (number, now);
        }

        foreach (var (tag, evicted) in _evicted)
        {
            if (now - evicted.At > KeptFor)
            {
                _evicted.TryRemove(tag, out _);
            }
        }
    }

    public bool EvictedSince(long number, IEnumerable<string> tags) =>
        tags.Any(tag => _evicted.TryGetValue(tag, out var evicted) && evicted.Number > number);
}
