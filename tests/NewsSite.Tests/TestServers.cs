using Npgsql;

namespace NewsSite.Tests;

// The database servers the suite may run against, from the environment `.ci/run` sets (see .ci/services):
// NEWSSITE_TEST_DATABASE (Sqlite or Postgres), NEWSSITE_TEST_POSTGRES (a connection string without a database) and
// NEWSSITE_TEST_REDIS (host:port), NEWSSITE_TEST_S3 (an S3-compatible endpoint).
public static class TestServers
{
    public static string Database => Environment.GetEnvironmentVariable("NEWSSITE_TEST_DATABASE") is { Length: > 0 } name ? name : "Sqlite";

    public static string? Postgres => Environment.GetEnvironmentVariable("NEWSSITE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static string? Redis => Environment.GetEnvironmentVariable("NEWSSITE_TEST_REDIS") is { Length: > 0 } value ? value : null;

    // An S3-compatible server (http://127.0.0.1:port) with the bucket S3Bucket, and its keys.
    public static string? S3 => Environment.GetEnvironmentVariable("NEWSSITE_TEST_S3") is { Length: > 0 } value ? value : null;

    public const string S3Bucket = "newssite-media";
    public const string S3Key = "S3RVER";

    public static string PostgresDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(Postgres ?? throw new InvalidOperationException("NEWSSITE_TEST_DATABASE=Postgres needs NEWSSITE_TEST_POSTGRES."))
        {
            Database = database,
        }.ConnectionString;

    public static void DropPostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        builder.Pooling = false;
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
