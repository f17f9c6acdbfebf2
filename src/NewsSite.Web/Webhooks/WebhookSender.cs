using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

using NewsSite.Web.Nodes;

namespace NewsSite.Web.Webhooks;

// Delivers what WebhookAnnouncer wrote down: a signed POST per delivery, oldest first, and for one story to one
// subscriber strictly in order. A 2xx answer is delivered;
// anything else (an error status, a timeout, a refused connection) is tried again after a wait that grows fourfold,
// up to MaxAttempts, then marked failed for an editor to send again. The rows live in the database, so a restart
// (or a kill) only delays them.
internal sealed class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, IOptions<WebhookOptions> options, WebhookSignal signal, TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "webhooks";
    private const string LeaseName = "webhooks";
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(5);   // longer than a batch of slow partners
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan KeepDelivered = TimeSpan.FromDays(30);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromDays(1);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await JobLeases.ReleaseOnStopAsync(scopes, LeaseName);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan wait;
                try
                {
                    wait = await SendDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.WebhookLoopFailed(ex);
                    wait = LongestWait;
                }

                await signal.WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Sends everything due, then says how long until the next delivery falls due (at most a minute).
    internal async Task<TimeSpan> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        while (true)
        {
            // One node sends (each delivery once); held batch by batch, so a long run of slow partners never outlasts it,
            // and another node takes over when this one stops.
            if (!await leases.TryHoldAsync(LeaseName, LeaseLength, cancellationToken))
            {
                return LongestWait;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var due = await Sendable(db).Where(d => d.NextAttemptAtUtc <= now).OrderBy(d => d.Id).Take(20).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                // Old deliveries go, except each story's latest to each subscriber: the announcer reads it to tell an update
                // from a first publication.
                var before = now - KeepDelivered;
                await db.WebhookDeliveries.Where(d => d.State != WebhookDeliveryState.Pending && d.CreatedAtUtc < before
                        && db.WebhookDeliveries.Any(n => n.Subscriber == d.Subscriber && n.ArticleId == d.ArticleId && n.Id > d.Id))
                    .ExecuteDeleteAsync(cancellationToken);
                var next = await Sendable(db).MinAsync(d => d.NextAttemptAtUtc, cancellationToken);
                return next is { } at ? TimeSpan.FromTicks(Math.Clamp((at - now).Ticks, TimeSpan.FromMilliseconds(50).Ticks, LongestWait.Ticks)) : LongestWait;
            }

            foreach (var delivery in due)
            {
                await AttemptAsync(delivery, cancellationToken);
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
    }

    // Waiting deliveries not held back by an earlier one to the same subscriber about the same story: a subscriber hears
    // about a story in the order things happened (published, updated, withdrawn) even while one call is being retried.
    private static IQueryable<WebhookDelivery> Sendable(NewsDbContext db) =>
        db.WebhookDeliveries.Where(d => d.NextAttemptAtUtc != null
            && !db.WebhookDeliveries.Any(e => e.NextAttemptAtUtc != null && e.Subscriber == d.Subscriber && e.ArticleId == d.ArticleId && e.Id < d.Id));

    private async Task AttemptAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAtUtc = now.UtcDateTime;
        var subscriber = settings.Subscribers.FirstOrDefault(s => s.Name == delivery.Subscriber && s.IsUsable);
        if (subscriber is null)
        {
            Finish(delivery, WebhookDeliveryState.Failed, null, "لم يعد هذا المشترك في الإعدادات.");
            return;
        }

        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscriber.Secret, timestamp, delivery.Payload));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("NewsSite-Webhooks", "1"));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                Finish(delivery, WebhookDeliveryState.Delivered, (int)response.StatusCode, null);
                return;
            }

            Retry(delivery, (int)response.StatusCode, $"أجاب المشترك بالرمز {(int)response.StatusCode}.", settings);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A refused connection, a timeout, a URL the client cannot use: tried again like an error answer.
            Retry(delivery, null, ex switch
            {
                OperationCanceledException => $"لم يُجب المشترك خلال {settings.TimeoutSeconds} ثوانٍ.",
                HttpRequestException => "تعذّر الاتصال: " + ex.Message,
                _ => "تعذّر الإرسال: " + ex.GetType().Name,
            }, settings);
        }
    }

    private void Retry(WebhookDelivery delivery, int? status, string error, WebhookOptions settings)
    {
        if (delivery.Attempts >= settings.MaxAttempts)
        {
            Finish(delivery, WebhookDeliveryState.Failed, status, error);
            logger.WebhookGaveUp(delivery.Id, delivery.Subscriber, delivery.Attempts);
            return;
        }

        var wait = TimeSpan.FromSeconds(Math.Min(settings.RetryAfterSeconds * Math.Pow(4, delivery.Attempts - 1), LongestRetry.TotalSeconds));
        (delivery.LastStatusCode, delivery.LastError) = (status, Truncate(error));
        delivery.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + wait;
        NewsMetrics.WebhookAttempts.Add(1, new KeyValuePair<string, object?>("result", "retry"));
        logger.WebhookWillRetry(delivery.Id, delivery.Subscriber, status, (int)wait.TotalSeconds);
    }

    private static void Finish(WebhookDelivery delivery, WebhookDeliveryState state, int? status, string? error)
    {
        (delivery.State, delivery.NextAttemptAtUtc, delivery.LastStatusCode, delivery.LastError) = (state, null, status, Truncate(error));
        NewsMetrics.WebhookAttempts.Add(1, new KeyValuePair<string, object?>("result", state == WebhookDeliveryState.Delivered ? "delivered" : "failed"));
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;
}

internal static partial class WebhookLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to {Subscriber} failed (status {Status}); trying again in {Seconds} s")]
    public static partial void WebhookWillRetry(this ILogger logger, long deliveryId, string subscriber, int? status, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on webhook delivery {DeliveryId} to {Subscriber} after {Attempts} attempts")]
    public static partial void WebhookGaveUp(this ILogger logger, long deliveryId, string subscriber, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "The webhook sender failed; it looks again in a minute")]
    public static partial void WebhookLoopFailed(this ILogger logger, Exception exception);
}
