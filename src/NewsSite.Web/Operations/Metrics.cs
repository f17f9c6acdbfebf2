using System.Net;
using Microsoft.Extensions.Options;
using NewsSite.Web.Publishing;
using OpenTelemetry.Metrics;

namespace NewsSite.Web.Operations;

// OpenTelemetry metrics — ASP.NET Core's request rate and duration, Kestrel, the runtime, and NewsMetrics — in the
// Prometheus text format at /metrics, answered only to NewsSite:Metrics:AllowedAddresses (loopback by default);
// anyone else gets the site's 404.
internal static class Metrics
{
    public static IServiceCollection AddNewsMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName);
        services.AddSingleton<IArticleChangeListener, NewsroomActionCounter>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(NewsMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication UseNewsMetrics(this WebApplication app)
    {
        var allowed = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.AllowedAddresses.Select(Network).ToList();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http =>
            http.Request.Path == "/metrics" && http.Connection.RemoteIpAddress is { } address
            && allowed.Any(network => network.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
        return app;
    }

    private static IPNetwork Network(string address) =>
        address.Contains('/', StringComparison.Ordinal) ? IPNetwork.Parse(address) : new IPNetwork(IPAddress.Parse(address), IPAddress.Parse(address).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);

    private sealed class NewsroomActionCounter : IArticleChangeListener
    {
        public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
        {
            NewsMetrics.NewsroomActions.Add(1, new KeyValuePair<string, object?>("action", change.Action));
            return Task.CompletedTask;
        }
    }
}

public sealed class MetricsOptions
{
    public const string SectionName = "NewsSite:Metrics";

    // Who may read /metrics: addresses or CIDR ranges (a Prometheus server, the monitoring network).
    public string[] AllowedAddresses { get; set; } = ["127.0.0.1", "::1"];
}
