using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Tests;

// The real app on a real SQLite file (WAL needs a file), migrated and seeded exactly as on first run. With
// NEWSSITE_TEST_DATABASE=Postgres (and NEWSSITE_TEST_POSTGRES, the server) each site gets a database of its own on
// PostgreSQL instead, dropped when the site is disposed: `.ci/run` runs the suite both ways.
public class NewsSiteFactory : WebApplicationFactory<Program>
{
    public static bool OnPostgres => TestServers.Database == "Postgres";

    private readonly string _directory;
    private readonly bool _ownsDirectory;

    public NewsSiteFactory()
        : this(Path.Combine(Path.GetTempPath(), $"newssite-tests-{Guid.NewGuid():N}"), ownsDirectory: true)
    {
    }

    // A site on a folder that outlives it (a restart: another factory on the same database, pictures and keys).
    protected NewsSiteFactory(string directory, bool ownsDirectory)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
    }

    public string Folder => _directory;

    public const string AdminEmail = "admin@news.example";
    public const string AdminPassword = "Admin-Pass-12345";

    public string DatabasePath => Path.Combine(_directory, "news.db");

    // The site's connection string: the SQLite file, or its own database on the PostgreSQL server.
    public string ConnectionString => OnPostgres
        ? TestServers.PostgresDatabase("newssite_" + Path.GetFileName(_directory).Replace("-", "_", StringComparison.Ordinal))
        : $"Data Source={DatabasePath}";

    public string CardsPath => Path.Combine(_directory, "cards");

    public string MediaPath => Path.Combine(_directory, "media");

    public string LogDirectory => Path.Combine(_directory, "logs");

    // Every line the site has logged so far (read while the site still has its files open for writing).
    public List<string> LogLines()
    {
        var lines = new List<string>();
        foreach (var file in System.IO.Directory.GetFiles(LogDirectory, "*.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    public string KeysPath => Path.Combine(_directory, "keys");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        System.IO.Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", ConnectionString);
        if (OnPostgres)
        {
            builder.UseSetting("NewsSite:Database:Provider", "Postgres");
        }

        builder.UseSetting("NewsSite:SeedSampleContent", "true");   // the sample newsroom (off by default outside Development)
        // Not UseSetting: the factory passes settings as command-line arguments, which give every parent section ("Serilog",
        // "Serilog:WriteTo:File") an empty value, and Serilog reads a sink section with a value as a sink named "".
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            [new("Serilog:WriteTo:File:Args:path", Path.Combine(LogDirectory, "newssite-.log"))]));
        builder.UseSetting("NewsSite:PublicBaseUrl", "https://news.example");
        builder.UseSetting("NewsSite:Admin:Email", AdminEmail);
        builder.UseSetting("NewsSite:Admin:Password", AdminPassword);
        builder.UseSetting("NewsSite:Media:CardsPath", CardsPath);
        builder.UseSetting("NewsSite:Media:Path", MediaPath);
        builder.UseSetting("NewsSite:KeysPath", KeysPath);
        // Every test client is one address signing in and searching again and again; the rate-limit tests use their own factory.
        builder.UseSetting("NewsSite:RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("NewsSite:RateLimits:SignInsPerAccount", "100000");
        builder.UseSetting("NewsSite:RateLimits:SearchesPerMinute", "100000");   // the recall table alone searches 90 times
        builder.UseSetting("NewsSite:RateLimits:SuggestionsPerMinute", "100000");
        // Tests flush when they mean to (CountFlusher.FlushAsync), so "stored + pending" is never caught mid-flush.
        builder.UseSetting("NewsSite:Counters:FlushIntervalSeconds", "3600");
        // A query EF would warn about in the site's log (several collections loaded without saying how, a page taken
        // from an unordered list) fails the test that runs it.
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<NewsDbContext>(StrictQueries);
            services.ConfigureDbContext<NewsSite.Web.Data.Postgres.PostgresNewsDbContext>(StrictQueries);
        });
    }

    private static void StrictQueries(DbContextOptionsBuilder options) => options.ConfigureWarnings(w => w.Throw(
        RelationalEventId.MultipleCollectionIncludeWarning, CoreEventId.RowLimitingOperationWithoutOrderByWarning,
        CoreEventId.FirstWithoutOrderByAndFilterWarning));

    public async Task<T> WithDbAsync<T>(Func<NewsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    public Task WithDbAsync(Func<NewsDbContext, Task> action) =>
        WithDbAsync(async db =>
        {
            await action(db);
            return true;
        });

    // A story deleted through the workflow by an editor, as the editor's حذف button does (change notification included).
    public async Task<WorkflowResult> DeleteArticleAsync(int id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>()
            .DeleteAsync(id, new StaffMember("test-editor", "محرر الاختبار", CanPublish: true, IsAdmin: false), CancellationToken.None);
    }

    // A published story in the first section, by the first author, brought in through the workflow like any import
    // (short code, revision, search index, change notification). configure adjusts it before it is saved.
    public async Task<Article> AddArticleAsync(string title, string bodyMarkdown, Action<Article>? configure = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var now = DateTime.UtcNow;
        var article = new Article
        {
            Content = new ArticleContent { Title = title, BodyMarkdown = bodyMarkdown },
            Slug = $"{SlugGenerator.FromTitle(title)}-{Guid.NewGuid():N}",   // unique: tests reuse titles
            SectionId = await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            AuthorId = await db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            Status = ArticleStatus.Published,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            PublishedAtUtc = now,
        };
        configure?.Invoke(article);
        await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>().ImportAsync([article], null, "test story", CancellationToken.None);
        return article;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!_ownsDirectory)
        {
            return;
        }

        if (OnPostgres)
        {
            TestServers.DropPostgresDatabase(ConnectionString);
        }

        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed; the temp folder is cleaned by the OS.
        }
    }
}
