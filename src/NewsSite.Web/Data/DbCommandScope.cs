using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsSite.Web.Data;

// SQL that EF does not write (the search indexes' FTS5 and tsvector, LimitedUnion's per-key reads), on the DbContext's
// own connection — opened and closed through EF, which counts — and inside its current transaction, so an index write
// commits or rolls back with the change it belongs to.
internal sealed class DbCommandScope(DatabaseFacade database) : IAsyncDisposable
{
    public static async Task<DbCommandScope> OpenAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        return new DbCommandScope(database);
    }

    public DbCommand Command(string sql)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public ValueTask DisposeAsync() => new(database.CloseConnectionAsync());
}

internal static class DbCommandParameters
{
    public static DbCommand With(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }
}
