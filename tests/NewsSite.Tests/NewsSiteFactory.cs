using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Tests;

// The real app on a real SQLite file (WAL needs a file), migrated and seeded exactly as on first run.
public class NewsSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"newssite-tests-{Guid.NewGuid():N}");

    public const string AdminEmail = "admin@news.example";
    public const string AdminPassword = "Admin-Pass-12345";

    public string DatabasePath => Path.Combine(_directory, "news.db");

    public string RenditionsPath => Path.Combine(_directory, "renditions");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:WriteTo:File:Args:path", Path.Combine(_directory, "logs", "newssite-.log"));
        builder.UseSetting("NewsSite:PublicBaseUrl", "https://news.example");
        builder.UseSetting("NewsSite:Admin:Email", AdminEmail);
        builder.UseSetting("NewsSite:Admin:Password", AdminPassword);
        builder.UseSetting("NewsSite:Sharing:RenditionsPath", RenditionsPath);
        // Tests flush when they mean to (CountFlusher.FlushAsync), so "stored + pending" is never caught mid-flush.
        builder.UseSetting("NewsSite:Counters:FlushIntervalSeconds", "3600");
    }

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

    // A published article in a section of its own making, for tests that need rows nobody else touches.
    public Task<Article> AddArticleAsync(string title, string bodyMarkdown, Action<Article>? configure = null) =>
        WithDbAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync();
            var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
            var renderer = Services.GetRequiredService<NewsSite.Web.Markdown.MarkdownRenderer>();
            var now = DateTime.UtcNow;
            var article = new Article
            {
                Title = title,
                Slug = $"{NewsSite.Web.Publishing.SlugGenerator.FromTitle(title)}-{Guid.NewGuid():N}",   // unique: tests reuse titles
                BodyMarkdown = bodyMarkdown,
                BodyHtml = renderer.ToHtml(bodyMarkdown),
                SectionId = section.Id,
                AuthorId = author.Id,
                Status = ArticleStatus.Published,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                PublishedAtUtc = now,
            };
            configure?.Invoke(article);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed; the temp folder is cleaned by the OS.
        }
    }
}
