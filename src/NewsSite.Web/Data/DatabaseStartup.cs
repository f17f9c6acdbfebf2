using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsSite.Web.Data.Postgres;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Data;

internal static class DatabaseStartup
{
    public const string DefaultConnectionString = "Data Source=App_Data/news.db";

    public static WebApplicationBuilder AddNewsDatabase(this WebApplicationBuilder builder)
    {
        var provider = DatabaseProviders.From(builder.Configuration);
        var configured = builder.Configuration.GetConnectionString("News");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("NewsSite:Database:Provider is Postgres: set ConnectionStrings:News to the server's connection string.");
            }

            builder.Services.AddDbContextPool<NewsDbContext, PostgresNewsDbContext>(options => options.UseNpgsql(configured).WithStoriesFilter());
        }
        else
        {
            var connectionString = ResolveConnectionString(configured, builder.Environment.ContentRootPath);
            // A list of ids in a query (cards by id, related candidates) goes as one JSON array read with json_each, not
            // one parameter per id: the statement's text is then the same for any number of ids, so EF builds it once
            // instead of on every call (EF 10's default), and SQLite parses a shorter statement.
            builder.Services.AddDbContextPool<NewsDbContext>(options => options
                .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(new SqliteBusyTimeoutInterceptor(5000)).WithStoriesFilter());
        }

        builder.Services.AddSingleton<SiteSections>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<SiteSections>());
        return builder;
    }

    // A deleted story is filtered out of every query (ArticleConfiguration), and a front slot or an imported WordPress
    // post requires its story. Read through the story, they are hidden with it: a deleted story leaves the fronts and
    // its old address stops redirecting. Read on their own (saving a front, an import's list of known posts) every row
    // is kept. EF warns at every start that this "may lead to unexpected results"; it is what the site wants.
    private static DbContextOptionsBuilder WithStoriesFilter(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    // A relative Data Source is taken against the content root (not the working directory), and its folder is
    // created on first run.
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var isFile = builder.Mode is not SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:";
        if (isFile)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    // The schema only; what each capability needs at start (the first administrator, short codes, sample content, the
    // search index) runs after this, from Program.
    public static async Task MigrateNewsDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        // On PostgreSQL several nodes may start at once: EF takes the server's migration lock, so one applies them.
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.RefreshStatisticsAsync(CancellationToken.None);
        }
    }

    // The query planner's statistics (sqlite_stat1), sampled, for the tables whose size changed tenfold since they were
    // last taken: without them SQLite guesses that "Status = 'Published'" is selective and walks that index instead of
    // looking twenty stories up by id. Quick even on a large database (analysis_limit). PostgreSQL's autovacuum keeps
    // its own statistics; after a bulk load they are taken at once.
    public static Task RefreshStatisticsAsync(this NewsDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken)
            : db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
}

// `dotnet ef migrations add Name --context NewsSite.Web.Data.NewsDbContext` (the SQLite set): without a factory of its
// own, the tools would take PostgresNewsDbContext's for its base class.
internal sealed class SqliteDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(DatabaseStartup.DefaultConnectionString).Options);
}
