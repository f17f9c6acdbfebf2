using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Nodes;

// A background job that must run once however many nodes serve the site takes a lease in the shared database before
// each run: the holder renews it, and another node takes it over only once it has expired (its holder died) or been
// released (it stopped). One statement, atomic on PostgreSQL. SQLite is one machine's database: there the job always
// runs, at once after a restart.
public sealed class JobLeases(NewsDbContext db, NodeIdentity node, TimeProvider clock)
{
    public async Task<bool> TryHoldAsync(string job, TimeSpan length, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return true;
        }

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
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await db.JobLeases.Where(l => l.Name == job && l.Holder == node.Name).ExecuteDeleteAsync(cancellationToken);
        }
    }

    // From a background service's StopAsync: a database already gone is no reason to fail the shutdown.
    public static async Task ReleaseOnStopAsync(IServiceScopeFactory scopes, string job)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job, timeout.Token);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or OperationCanceledException or InvalidOperationException)
        {
            // it runs out by itself
        }
    }
}
