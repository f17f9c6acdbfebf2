using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;

namespace NewsSite.Benchmarks;

// Short-link redirect throughput against a static-file baseline, measured in the same run on the same server.
// Usage: dotnet run -c Release --project tests/NewsSite.Benchmarks [-- seconds workers]
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var duration = TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60));
        workers = Math.Clamp(workers, 1, 256);

        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the working
        // directory; dotnet run starts us in the repository root, test runners in the output folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var host = new BenchmarkHost();
        host.StartServer();

        string code;
        int articleId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var article = await db.Articles.AsNoTracking().Published().OrderBy(a => a.Id).Select(a => new { a.Id, a.ShortCode }).FirstAsync();
            (articleId, code) = (article.Id, article.ShortCode!);
        }

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = workers, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36 NewsSiteBenchmark");

        var scenarios = new (string Name, string Path, HttpStatusCode Status)[]
        {
            ("baseline: static /css/site.css (13 kB)", "/css/site.css", HttpStatusCode.OK),
            ("baseline: static /js/share.js (2 kB)", "/js/share.js", HttpStatusCode.OK),
            ("short link /s/{code} (301)", $"/s/{code}", HttpStatusCode.MovedPermanently),
            ("counted share /s/{code}/whatsapp (302)", $"/s/{code}/whatsapp", HttpStatusCode.Redirect),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NewsSite short-link benchmark: Kestrel on {host.BaseAddress}, {workers} workers, {duration.TotalSeconds:0} s per scenario, {Environment.ProcessorCount} cores, {RuntimeInformationText()}"));

        // Warm-up (JIT, connection pool, SQLite page cache); its shares are counted too and checked below.
        foreach (var (name, path, status) in scenarios)
        {
            await LoadRun.RunAsync(client, name, path, status, workers, TimeSpan.FromSeconds(1));
        }

        var flusher = host.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single();
        await flusher.FlushAsync(CancellationToken.None);
        var before = await SharesAsync();

        var results = new List<LoadResult>();
        foreach (var (name, path, status) in scenarios)
        {
            results.Add(await LoadRun.RunAsync(client, name, path, status, workers, duration));
        }

        await flusher.FlushAsync(CancellationToken.None);
        var counted = await SharesAsync() - before;

        var baseline = results[0].RequestsPerSecond;
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-42} {"req/s",10} {"vs base",8} {"p50 ms",8} {"p99 ms",8} {"requests",9} {"errors",7}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-42} {r.RequestsPerSecond,10:0} {r.RequestsPerSecond / baseline,7:0%} {r.P50Ms,8:0.00} {r.P99Ms,8:0.00} {r.Requests,9} {r.Failures,7}"));
        }

        var shares = results[^1];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shares stored after flush: {counted} for {shares.Requests - shares.Failures} counted redirects ({(counted == shares.Requests - shares.Failures ? "exact" : "MISMATCH")})"));
        return counted == shares.Requests - shares.Failures && results.All(r => r.Failures == 0) ? 0 : 1;

        async Task<long> SharesAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            return await db.ArticleShareCounts.Where(s => s.ArticleId == articleId && s.Network == ShareNetwork.WhatsApp).Select(s => s.Count).SingleOrDefaultAsync();
        }

        static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
    }
}
