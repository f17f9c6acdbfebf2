using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Data;

public sealed class ConnectionTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    // A writer meeting another writer waits (up to 5 s) instead of failing with "database is locked".
    [SqliteFact]
    public async Task EveryConnectionWaitsForABusyDatabase()
    {
        var timeout = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(5000, timeout);
    }

    // The article page reads the database about eight times (story, tags, bylines, the lists beside it, their cards)
    // on one connection, opened once, and closed again when the page has read: the next request opens its own.
    [Fact]
    public async Task AnArticlePageOpensTheDatabaseOnce()
    {
        var opens = new OpensPerRequest();
        using var counted = With(opens);
        var first = await factory.AddArticleAsync("خبر يقرأ من قاعدة البيانات باتصال واحد", "نص الخبر");
        var second = await factory.AddArticleAsync("خبر ثان يقرأ باتصال واحد أيضاً", "نص الخبر");
        var client = counted.CreateClient();

        var page = await client.GetDocumentAsync(SiteUrls.Article(first));
        await client.GetDocumentAsync(SiteUrls.Article(second));

        Assert.Equal("خبر يقرأ من قاعدة البيانات باتصال واحد", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal([1, 1], opens.Counts.Values);
        Assert.Equal(0, opens.StillOpen);
    }

    // The error page never opens the database: when the database is what failed, readers still get the Arabic page.
    [Fact]
    public async Task WhenTheDatabaseCannotBeOpenedReadersStillGetTheArabicErrorPage()
    {
        var outage = new Outage();
        using var failing = With(outage);
        var client = failing.CreateClient();
        var article = await factory.AddArticleAsync("خبر لا يصل إليه القارئ أثناء العطل", "نص");

        outage.Down = true;
        var response = await client.GetAsync(SiteUrls.Article(article));

        Assert.Equal(500, (int)response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("حدث خطأ غير متوقع", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("رقم المرجع", page.Body?.TextContent, StringComparison.Ordinal);
    }

    // Every connection a request's own DbContext opens fails while Down.
    private sealed class Outage : RequestInterceptor
    {
        public bool Down { get; set; }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Fail(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Fail(eventData.Context);
            return result;
        }

        private void Fail(DbContext? context)
        {
            if (Down && OfTheRequest(context))
            {
                throw new InvalidOperationException("The database is unreachable (test outage).");
            }
        }
    }

    // The site with the interceptor on its DbContexts (either database), told how to find the request it runs in.
    private WebApplicationFactory<Program> With(RequestInterceptor interceptor)
    {
        var site = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .ConfigureDbContext<NewsDbContext>(o => o.AddInterceptors(interceptor))
            .ConfigureDbContext<PostgresNewsDbContext>(o => o.AddInterceptors(interceptor))));
        interceptor.Requests = site.Services.GetRequiredService<IHttpContextAccessor>();
        return site;
    }

    private abstract class RequestInterceptor : DbConnectionInterceptor
    {
        public IHttpContextAccessor? Requests { get; set; }

        // Whether the DbContext is the request's own (the banner and the section list read theirs now and then, for
        // every page).
        protected bool OfTheRequest(DbContext? context) =>
            Requests?.HttpContext is { } http && ReferenceEquals(context, http.RequestServices.GetService<NewsDbContext>());
    }

    private sealed class OpensPerRequest : RequestInterceptor
    {
        private int _open;

        // Connections of requests' own DbContexts opened and not closed yet.
        public int StillOpen => _open;

        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            Closed(eventData.Context);
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Closed(eventData.Context);

        public ConcurrentDictionary<string, int> Counts { get; } = new();

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Count(eventData.Context);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Count(eventData.Context);

        private void Closed(DbContext? context)
        {
            if (OfTheRequest(context))
            {
                Interlocked.Decrement(ref _open);
            }
        }

        private void Count(DbContext? context)
        {
            if (OfTheRequest(context))
            {
                Counts.AddOrUpdate(Requests!.HttpContext!.TraceIdentifier, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _open);
            }
        }
    }
}
