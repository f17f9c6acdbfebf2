using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

// Searches that found nothing, counted per normalized query (the words as the index sees them, no address, no
// user): buffered like page views and added by CountFlusher. A query not searched for in 90 days is forgotten.
public sealed class SearchMisses(TimeProvider clock) : CountBuffer<string>
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(90);

    // Made-up queries by the thousand (a script) must not grow the table without end: past this many waiting, more
    // wait for the next flush.
    private const int MaxPending = 5_000;
    private int _pendingKeys;

    public static string Key(SearchQuery query) =>
        string.Join(' ', [.. query.Phrases.Select(p => "\"" + string.Join(' ', p.Words) + "\""), .. query.Terms.Select(t => t.Normalized)]);

    public void Record(SearchQuery query)
    {
        var key = Key(query);
        if (key.Length == 0 || key.Length > SearchQuery.MaxLength || (Pending(key) == 0 && Interlocked.Increment(ref _pendingKeys) > MaxPending))
        {
            return;
        }

        Record(key);
    }

    protected internal override async Task ApplyAsync(NewsDbContext db, IReadOnlyList<KeyValuePair<string, long>> counts, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _pendingKeys, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (query, count) in counts)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "SearchMisses" ("Query", "Count", "FirstAtUtc", "LastAtUtc") VALUES ({query}, {count}, {now}, {now})
                ON CONFLICT ("Query") DO UPDATE SET "Count" = "SearchMisses"."Count" + excluded."Count", "LastAtUtc" = excluded."LastAtUtc"
                """, cancellationToken);
        }

        var oldest = now - Kept;
        await db.SearchMisses.Where(m => m.LastAtUtc < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
