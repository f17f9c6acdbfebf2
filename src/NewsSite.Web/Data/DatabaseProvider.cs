namespace NewsSite.Web.Data;

// NewsSite:Database:Provider. SQLite is the embedded default (one machine, nothing to install); PostgreSQL is for a
// newsroom that runs several web nodes on one shared database. ConnectionStrings:News is in the provider's own form.
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

internal static class DatabaseProviders
{
    public const string SettingName = "NewsSite:Database:Provider";

    public static DatabaseProvider From(IConfiguration configuration) =>
        configuration[SettingName] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
            var name => throw new InvalidOperationException($"{SettingName} is '{name}': use Sqlite or Postgres."),
        };
}
