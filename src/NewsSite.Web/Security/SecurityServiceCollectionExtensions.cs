using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Security;

internal static class SecurityServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        // A TLS-terminating proxy says the request was HTTPS and who the client is; only the configured proxies
        // (NewsSite:KnownProxies, addresses or CIDR ranges) are believed.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((o, site) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in site.Value.KnownProxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });

        // Outside development (and the test suites' "Testing") the site answers to its own name (and to loopback, for
        // health checks on the machine), unless AllowedHosts names the hosts itself.
        if (IsLive(builder.Environment) && builder.Configuration["AllowedHosts"] is null or "*")
        {
            builder.Services.AddOptions<HostFilteringOptions>().Configure<IOptions<SiteOptions>>((o, site) =>
                o.AllowedHosts = [new Uri(site.Value.PublicBaseUrl).Host, "localhost", "127.0.0.1", "[::1]"]);
        }

        // Cookies only over HTTPS outside development when the site is public over HTTPS; development, tests and an
        // intranet HTTP site keep working.
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SiteOptions>, IHostEnvironment>((o, site, environment) => o.Cookie.SecurePolicy = CookiePolicy(site.Value, environment));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "newssite.af");
        builder.Services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SiteOptions>, IHostEnvironment>((o, site, environment) => o.Cookie.SecurePolicy = CookiePolicy(site.Value, environment));
        // The keys behind sign-in cookies and form tokens, on disk (NewsSite:KeysPath): a restart or a second process
        // on the same folder keeps everyone signed in and every open form valid.
        var keys = KeysFolder(builder.Configuration[$"{SiteOptions.SectionName}:{nameof(SiteOptions.KeysPath)}"] ?? new SiteOptions().KeysPath, builder.Environment.ContentRootPath);
        builder.Services.AddDataProtection().SetApplicationName("NewsSite").PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddNewsRateLimits();
        builder.Services.AddSingleton<SignInThrottle>();
        return builder;
    }

    // Created readable by this user only: the keys sign every session.
    public static string KeysFolder(string configured, string contentRoot)
    {
        var folder = Path.GetFullPath(configured, contentRoot);
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return folder;
    }

    private static bool IsLive(IHostEnvironment environment) => !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    private static CookieSecurePolicy CookiePolicy(SiteOptions site, IHostEnvironment environment) =>
        IsLive(environment) && site.PublicBaseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    // First in the pipeline: the real client address and scheme, then the response headers.
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        return app;
    }
}
