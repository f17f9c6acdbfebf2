using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Tests.Pages;
using NewsSite.Web.Counters;

namespace NewsSite.Tests.Operations;

// The test server's requests come from loopback, as a Prometheus on the same machine would.
public sealed class MetricsTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task MetricsCoverRequestsThePageCacheNewsroomActionsCountsAndSearch()
    {
        using var local = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, FromLoopback>()));
        var reader = local.CreateClient();
        await reader.GetStringAsync("/");
        await reader.GetStringAsync("/");   // from the cache
        await reader.GetStringAsync("/search?q=" + Uri.EscapeDataString("النفط"));
        var story = await factory.AddArticleAsync("خبر يحصيه المقياس", "نص");
        reader.DefaultRequestHeaders.UserAgent.ParseAdd(Html.BrowserUserAgent);
        using var beacon = await reader.PostAsync($"/articles/{story.Id}/views", null);
        await local.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);

        using var response = await reader.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("newssite_page_cache_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("result=\"hit\"", text, StringComparison.Ordinal);
        Assert.Contains("result=\"miss\"", text, StringComparison.Ordinal);
        Assert.Contains("newssite_newsroom_actions_total{", text, StringComparison.Ordinal);
        Assert.Contains("action=\"import\"", text, StringComparison.Ordinal);
        Assert.Contains("newssite_search_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("newssite_counters_flushed_total", text, StringComparison.Ordinal);
    }

    // The test server leaves the client's address empty; a scrape on the machine comes from loopback.
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following(http);
            });
            next(app);
        };
    }

    [Fact]
    public async Task OnlyTheConfiguredAddressesMayReadThem()
    {
        using var elsewhere = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:Metrics:AllowedAddresses:0", "10.20.30.0/24"));
        using var response = await elsewhere.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

// Logs as JSON lines when asked (NewsSite:Logging:Json), and never a password.
public sealed class JsonLogFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Logging:Json", "true");
    }
}

public sealed class LogTests(JsonLogFactory factory) : IClassFixture<JsonLogFactory>
{
    [Fact]
    public async Task LogLinesAreJsonAndNoPasswordIsEverWritten()
    {
        const string wrong = "Wrong-Secret-Passw0rd-9f3";
        var client = factory.CreateNonRedirectingClient();
        using var refused = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = NewsSiteFactory.AdminEmail,
            ["Input.Password"] = wrong,
        });
        await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        await factory.CreateClient().GetStringAsync("/");

        var lines = await LogLinesAsync();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        Assert.Contains(lines, line => line.Contains("\"@mt\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(wrong, StringComparison.Ordinal) || line.Contains(NewsSiteFactory.AdminPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheErrorPagesReferenceNumberFindsTheFailureInTheLog()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new ErrorPageTests.ThrowOnHomeFilter()))));

        using var response = await failing.CreateClient().GetAsync("/");
        var reference = (await response.ParseAsync()).QuerySelector(".card__meta bdi")!.TextContent;

        // The exception handler's event and the request's own line both carry it.
        var failures = (await LogLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("@x", out var exception) && exception.GetString()!.Contains(ErrorPageTests.ThrowOnHomeFilter.Secret, StringComparison.Ordinal))
            .ToList();
        Assert.False(string.IsNullOrWhiteSpace(reference));
        Assert.Equal(2, failures.Count);
        Assert.All(failures, failure =>
        {
            Assert.Equal(reference, failure.GetProperty("RequestId").GetString());
            Assert.Equal("/", failure.GetProperty("RequestPath").GetString());
        });
    }

    [Fact]
    public async Task APageServedFromTheCacheWritesNoRequestLine()
    {
        var reader = factory.CreateClient();
        using var made = await reader.GetAsync("/search?q=" + Uri.EscapeDataString("الميناء"));
        using var kept = await reader.GetAsync("/search?q=" + Uri.EscapeDataString("الميناء"));
        Assert.Equal(made.Headers.ETag, kept.Headers.ETag);   // the second from the cache

        var searches = (await LogLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/search" && e.GetProperty("@mt").GetString()!.StartsWith("HTTP", StringComparison.Ordinal))
            .ToList();
        Assert.Single(searches);
    }

    [Fact]
    public async Task AMissingPageWritesOneRequestLineUnderTheAddressAsked()
    {
        const string missing = "/لا-توجد-صفحة-كهذه";
        using var response = await factory.CreateClient().GetAsync(missing);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var requestLines = (await LogLinesAsync()).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("@mt").GetString()!.StartsWith("HTTP", StringComparison.Ordinal) && e.GetProperty("StatusCode").GetInt32() == 404)
            .Select(e => e.GetProperty("RequestPath").GetString())
            .ToList();
        Assert.Equal([missing], requestLines);   // not a second one for the error page shown in its place
    }

    private async Task<List<string>> LogLinesAsync()
    {
        await Task.Delay(500);   // a line that should not be there has had time to be written
        return factory.LogLines();
    }
}
