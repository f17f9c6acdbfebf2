using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsSite.Benchmarks;

// The ceiling to compare with: a minimal ASP.NET Core app on Kestrel answering every request with the same bytes
// as the page being measured (set before each measurement), doing nothing else.
internal sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private byte[] _body = [];

    private BaselineServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<BaselineServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new BaselineServer(app) { BaseUrl = $"http://127.0.0.1:{port}" };
        app.Run(async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = server._body.Length;
            await http.Response.Body.WriteAsync(server._body);
        });
        await app.StartAsync();
        return server;
    }

    public void Serve(byte[] body) => _body = body;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
