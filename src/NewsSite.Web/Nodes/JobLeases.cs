using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Nodes;

// A background job that must run once however many nodes serve the site takes a lease in the shared database before
// each run: the holder renews it, and another node takes it over only once it has expired (its holder stopped or
// died). One statement, answered atomically by SQLite and PostgreSQL alike; on one node it is always this node's.
public sealed class JobLeases(NewsDbContext db, NodeIdentity node, TimeProvider clock)
{
    public async Task<bool> TryHoldAsync(string job, TimeSpan length, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + length;
        var holder = node.Name;
        var rows = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({job}, {holder}, {until})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAtUtc" < {now}
            """, cancellationToken);
        return rows > 0;
    }

    // On a clean shutdown the next node need not wait for the lease to run out.
    public Task ReleaseAsync(string job, CancellationToken cancellationToken) =>
        db.JobLeases.Where(l => l.Name == job && l.Holder == node.Name).ExecuteDeleteAsync(cancellationToken);
}
