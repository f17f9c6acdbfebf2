using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace NewsSite.Tests.Security;

public sealed class SecurityHeaderTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Theory]
    [InlineData("/", "'self'")]
    [InlineData("/css/site.css", "'self'")]
    [InlineData("/rss.xml", "'self'")]
    [InlineData("/no-such-page", "'self'")]
    [InlineData("/Admin/Login", "'none'")]
    public async Task EveryResponseCarriesThePolicyHeaders(string path, string frameAncestors)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains($"frame-ancestors {frameAncestors}", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReaderPagesHaveNoInlineScriptOrStyleForThePolicyToBlock()
    {
        foreach (var path in new[] { "/", "/search?q=دبي", "/Admin/Login" })
        {
            var page = await factory.CreateClient().GetDocumentAsync(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
                s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", $"inline script on {path}"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    // Behind a TLS-terminating proxy that is configured as known, the request counts as HTTPS (Secure cookies, the
    // client's own address for rate limits); the same headers from anyone else change nothing.
    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("192.168.7.7", false)]
    public async Task ForwardedHeadersAreBelievedFromKnownProxiesOnly(string proxy, bool believed)
    {
        using var site = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:KnownProxies:0", "10.0.0.0/8"));

        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/Admin/Login";
            c.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        });

        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.Contains("newssite.af", cookie, StringComparison.Ordinal);
        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InProductionOverHttpsCookiesAreSecureAndOnlyTheSitesHostIsServed()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        using var page = await production.CreateClient(new() { BaseAddress = new Uri("https://news.example") }).GetAsync("/Admin/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("secure", string.Join(";", page.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        using var otherHost = await production.CreateClient(new() { BaseAddress = new Uri("http://attacker.example") }).GetAsync("/");
        Assert.Equal(HttpStatusCode.BadRequest, otherHost.StatusCode);
    }
}
