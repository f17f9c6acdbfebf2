using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NewsSite.Web.Data;

namespace NewsSite.Web.Nodes;

// What a node does before it serves — migrations, the first administrator, short codes, the sample newsroom, filling an
// empty search index — runs on one node at a time. Nodes started together on an empty PostgreSQL database (a deployment
// rolling out several at once) would otherwise each add them. A session-level advisory lock, released when done; on
// SQLite (one machine, its own write lock) there is nothing to take.
internal sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x4E657773_53697465;   // "NewsSite"

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(WebApplication app)
    {
        if (DatabaseProviders.From(app.Configuration) != DatabaseProvider.Postgres)
        {
            return new StartupLock(null);
        }

        // The lock lives in the database, so the database must exist first (the first start on a new server makes it).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var creator = scope.ServiceProvider.GetRequiredService<NewsDbContext>().GetService<IRelationalDatabaseCreator>();
            try
            {
                if (!await creator.ExistsAsync(app.Lifetime.ApplicationStopping))
                {
                    await creator.CreateAsync(app.Lifetime.ApplicationStopping);
                }
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // another node made it a moment ago
            }
        }

        var connection = new NpgsqlConnection(app.Configuration.GetConnectionString("News"));
        await connection.OpenAsync(app.Lifetime.ApplicationStopping);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        await command.ExecuteNonQueryAsync(app.Lifetime.ApplicationStopping);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        // Unlocked explicitly: a pooled connection's session outlives Close.
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
