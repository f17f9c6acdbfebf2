using System.Collections.Concurrent;
using NewsSite.Web.Caching;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages;

// How many stories a section, tag or author has ("١٢٬٣٤٥ خبراً", the pager's last page): counted once, kept until a
// story of theirs changes (the same tags the page cache evicts by, so never stale, with or without the page cache).
// A count walks the whole list's index, the one part of a listing whose cost grows with the archive.
public sealed class ListingCounts : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public async Task<int> CountAsync(string tag, Func<Task<int>> count)
    {
        if (_counts.TryGetValue(tag, out var known))
        {
            return known;
        }

        var counted = await count();
        _counts[tag] = counted;
        return counted;
    }

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        foreach (var tag in PageCacheEvictor.Tags(change))
        {
            if (tag == CacheTags.Site)
            {
                _counts.Clear();
            }

            _counts.TryRemove(tag, out _);
        }

        return Task.CompletedTask;
    }
}
