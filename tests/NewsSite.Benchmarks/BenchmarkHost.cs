using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NewsSite.Benchmarks;

// The real app on real Kestrel (127.0.0.1 only), with a throwaway SQLite file and quiet logging so the console
// sink does not become the thing being measured.
internal sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public const int Port = 5301;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"newssite-bench-{Guid.NewGuid():N}");

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{Port}");

    public BenchmarkHost() => this.UseKestrel(options => options.Listen(IPAddress.Loopback, Port));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        System.IO.Directory.CreateDirectory(Directory);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:News", $"Data Source={Path.Combine(Directory, "news.db")}");
        builder.UseSetting("NewsSite:SeedSampleContent", "true");   // the sample newsroom (off by default outside Development)
        builder.UseSetting("NewsSite:Media:CardsPath", Path.Combine(Directory, "renditions"));
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
        [
            new("Serilog:MinimumLevel:Default", "Warning"),
            new("Serilog:WriteTo:File:Args:path", Path.Combine(Directory, "logs", "bench-.log")),
        ]));
        builder.UseSetting("NewsSite:RateLimits:SharesPerMinute", "100000000");   // every request comes from one loopback address
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
