using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Tests.Security;

// The site on real Kestrel, for what only a real server sees: oversized headers, bytes that are not UTF-8.
public sealed class KestrelSiteFactory : NewsSiteFactory
{
    private readonly Lazy<Uri> _root;

    public KestrelSiteFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _root = new(() =>
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        });
    }

    public Uri Root => _root.Value;
}

public sealed class MalformedRequestTests(KestrelSiteFactory factory) : IClassFixture<KestrelSiteFactory>
{
    [Theory]
    [InlineData("GET /sections/%C3%28 HTTP/1.1")]                 // not UTF-8 in the path
    [InlineData("GET /search?q=%C3%28%FF%FE HTTP/1.1")]           // nor in the query
    [InlineData("GET /tags/%ED%A0%80 HTTP/1.1")]                  // an encoded lone surrogate
    [InlineData("GET /articles/%00/x HTTP/1.1")]
    [InlineData("FOO / HTTP/1.1")]                                // no such method
    [InlineData("PATCH /rss.xml HTTP/1.1")]
    [InlineData("DELETE /articles/1 HTTP/1.1")]
    [InlineData("GET /s/%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1")]
    [InlineData("GET /media/..%2f..%2fnews.db HTTP/1.1")]
    [InlineData("GET /sections/world?page=999999999999999999999 HTTP/1.1")]
    public async Task MalformedRequestsAreRefusedNeverAFault(string requestLine)
    {
        var status = await RawAsync($"{requestLine}\r\nHost: {factory.Root.Authority}\r\nConnection: close\r\n\r\n");

        Assert.InRange(status, 200, 499);
    }

    [Fact]
    public async Task HugeHeadersAreRefused()
    {
        var status = await RawAsync($"GET / HTTP/1.1\r\nHost: {factory.Root.Authority}\r\nX-Filler: {new string('a', 100_000)}\r\nConnection: close\r\n\r\n");

        Assert.Equal(431, status);
    }

    private async Task<int> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(factory.Root.Host, factory.Root.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
