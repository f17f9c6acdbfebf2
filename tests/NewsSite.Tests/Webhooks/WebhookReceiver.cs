using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsSite.Tests.Webhooks;

// A partner's endpoint on a real loopback port: records every POST (headers and raw body) and answers 200, or 503
// while Down is set.
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Received(string Path, string Event, string Delivery, string Timestamp, string Signature, string Body);

    public ConcurrentQueue<Received> Requests { get; } = new();

    private volatile bool _down;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url(string path) => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + path;

    public static WebhookReceiver Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (receiver.Down)
            {
                return Results.StatusCode(503);
            }

            string Header(string name) => http.Request.Headers[name].ToString();
            receiver.Requests.Enqueue(new Received(http.Request.Path, Header("X-NewsSite-Event"), Header("X-NewsSite-Delivery"),
                Header("X-NewsSite-Timestamp"), Header("X-NewsSite-Signature"), body));
            return Results.Ok();
        });
        app.StartAsync().GetAwaiter().GetResult();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
