using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Models;

namespace NewsSite.BrowserTests;

// The real app on real Kestrel (a free loopback port) with a fresh SQLite file and media folder, migrated and seeded
// as on first run. One per test class.
public class KestrelNewsSiteFactory : WebApplicationFactory<Program>
{
    public const string StaffPassword = "Staff-Pass-12345";

    // The first admin, made from configuration at start as on a production install.
    public const string AdminEmail = "chief@news.example";
    public const string AdminPassword = "Chief-Pass-12345";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"newssite-browser-{Guid.NewGuid():N}");
    private readonly Lazy<string> _rootUri;

    public KestrelNewsSiteFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _rootUri = new Lazy<string>(() =>
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        });
    }

    // The site's own folder (database, media, keys, logs).
    public string Folder => _directory;

    // "http://127.0.0.1:40123", started on first use.
    public string RootUri => _rootUri.Value;

    public string Url(string path) => RootUri + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", $"Data Source={Path.Combine(_directory, "news.db")}");
        builder.UseSetting("NewsSite:SeedSampleContent", SampleContent ? "true" : "false");   // off by default outside Development
        builder.UseSetting("NewsSite:Media:Path", Path.Combine(_directory, "media"));
        builder.UseSetting("NewsSite:KeysPath", Path.Combine(_directory, "keys"));
        builder.UseSetting("NewsSite:Media:CardsPath", Path.Combine(_directory, "renditions"));   // from feature/share
        builder.UseSetting("NewsSite:PublicBaseUrl", "https://news.example");
        builder.UseSetting("NewsSite:Admin:Email", AdminEmail);
        builder.UseSetting("NewsSite:Admin:Password", AdminPassword);
        builder.UseSetting("NewsSite:LivePollSeconds", "1");   // a live page asks for new updates every second
        // Every browser here signs in from 127.0.0.1, many times a minute.
        builder.UseSetting("NewsSite:RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("NewsSite:RateLimits:SignInsPerAccount", "100000");
        builder.UseSetting("NewsSite:RateLimits:SearchesPerMinute", "100000");
        // A browser fetches every font and picture: one console line per request would drown the test output. Serilog
        // settings go in as a configuration source: UseSetting's command-line form gives parent sections empty values,
        // which Serilog reads as a sink named "".
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
        [
            new("Serilog:WriteTo:File:Args:path", Path.Combine(_directory, "logs", "newssite-.log")),
            new("Serilog:MinimumLevel:Default", "Warning"),
        ]));
    }

    // The sample newsroom; an empty install overrides this.
    protected virtual bool SampleContent => true;

    // A new staff member with the given role; signs in with StaffPassword.
    public async Task<string> CreateStaffAsync(string role)
    {
        _ = RootUri;
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@news.example";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = role };
        var created = await users.CreateAsync(user, StaffPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

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
