using System.Diagnostics.Metrics;

namespace NewsSite.Web;

// The site's own measurements, beside ASP.NET Core's request rate and latency, exported for Prometheus at /metrics
// (Operations): pages served from the cache or made, counts flushed, newsroom actions, webhook attempts, search time.
public static class NewsMetrics
{
    public const string MeterName = "NewsSite";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> PageCache = Meter.CreateCounter<long>(
        "newssite.page_cache.requests", description: "Reader pages answered from the page cache (result=hit) or made (result=miss)");

    public static readonly Counter<long> CountsFlushed = Meter.CreateCounter<long>(
        "newssite.counters.flushed", description: "Buffered views and shares written to the database");

    public static readonly Counter<long> NewsroomActions = Meter.CreateCounter<long>(
        "newssite.newsroom.actions", description: "Committed newsroom actions (publish, edit, unpublish, scheduled publish, live update…)");

    public static readonly Counter<long> WebhookAttempts = Meter.CreateCounter<long>(
        "newssite.webhooks.attempts", description: "Webhook POSTs to subscribers (result=delivered, retry or failed)");

    public static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "newssite.search.duration", unit: "s", description: "Time to answer a search");
}
