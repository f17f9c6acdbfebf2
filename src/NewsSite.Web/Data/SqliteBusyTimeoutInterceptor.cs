using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace NewsSite.Web.Data;

// busy_timeout is per connection: a writer waiting on another writer sleeps in SQLite instead of failing at once. Set
// through SQLite's C interface (sqlite3_busy_timeout, what the pragma calls), not a PRAGMA statement: connections are
// opened for every page, and a statement would be parsed and run each time.
internal sealed class SqliteBusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(sqlite.Handle, milliseconds), sqlite.Handle);
        }
        else
        {
            // Wrapped (a profiler's connection, say): the statement, as before.
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
            command.ExecuteNonQuery();
        }
    }
}
