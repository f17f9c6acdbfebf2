using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsSite.Tests.Webhooks;

// A partner's endpoint on a real loopback port: records every POST (headers and raw body) and answers 200, or 503
// while Down is set.
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication _app = null!;   // set by Start, whose endpoints need the receiver first

    public sealed record Received(string Path, string Event, string Delivery, string Timestamp, string Signature, string Body);

    public ConcurrentQueue<Received> Requests { get; } = new();

    private volatile bool _down;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public string Url(string path) => _app.Root() + path;

    public static WebhookReceiver Start()
    {
        var receiver = new WebhookReceiver();
        receiver._app = LoopbackApp.Start(app =>
        {
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
        });
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
