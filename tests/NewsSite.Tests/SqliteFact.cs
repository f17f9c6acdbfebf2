namespace NewsSite.Tests;

// A test of what only the embedded SQLite store has (its file, WAL, PRAGMAs, the online backup, a child process on a
// database file): skipped when the suite runs on PostgreSQL.
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (NewsSiteFactory.OnPostgres)
        {
            Skip = "SQLite only: the suite is running on PostgreSQL.";
        }
    }
}
