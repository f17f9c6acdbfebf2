using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Counters;

// Page views per article id: added to the story's total and to the hour's count ("الأكثر قراءة" over the last 24
// hours reads those). Hours older than a week are dropped as they go by.
public sealed class ViewCounter(TimeProvider clock) : CountBuffer<int>
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    protected internal override async Task ApplyAsync(NewsDbContext db, IReadOnlyList<KeyValuePair<int, long>> counts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        foreach (var (id, count) in counts)
        {
            var found = await db.Articles.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), cancellationToken);
            if (found == 0)
            {
                continue;   // deleted meanwhile
            }

            // SQLite and PostgreSQL both take this upsert.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ArticleViewCounts" ("ArticleId", "HourUtc", "Views") VALUES ({id}, {hour}, {count})
                ON CONFLICT ("ArticleId", "HourUtc") DO UPDATE SET "Views" = "ArticleViewCounts"."Views" + excluded."Views"
                """, cancellationToken);
        }

        var oldest = hour - Kept;
        await db.ArticleViewCounts.Where(v => v.HourUtc < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
