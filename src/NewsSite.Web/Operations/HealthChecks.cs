using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Media;

namespace NewsSite.Web.Operations;

// /health/live: the process answers. /health/ready: it can serve and save — the database reachable and fully
// migrated, the picture folder writable, every background service still running. JSON, never cached.
internal static class HealthChecks
{
    public const string Ready = "ready";

    public static IServiceCollection AddNewsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Ready])
            .AddCheck<MediaFolderCheck>("media", tags: [Ready])
            .AddCheck<BackgroundServicesCheck>("background", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapNewsHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }

    private sealed class DatabaseCheck(NewsDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("the database cannot be opened");
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                return pending == 0 ? HealthCheckResult.Healthy("reachable, migrated") : HealthCheckResult.Unhealthy($"{pending} migrations not applied");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("the database failed: " + ex.GetType().Name);
            }
        }
    }

    private sealed class MediaFolderCheck(IOptions<MediaOptions> options, IHostEnvironment environment, IMediaFileStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (store.LocalFolder is null)
            {
                try
                {
                    // Absent is fine (the bucket answered); a missing bucket or refused access throws.
                    var probe = await store.OpenAsync("health-probe", cancellationToken);
                    if (probe is not null)
                    {
                        await probe.DisposeAsync();
                    }

                    return HealthCheckResult.Healthy("bucket reachable");
                }
                catch (Exception ex) when (ex is Amazon.Runtime.AmazonServiceException or Amazon.Runtime.AmazonClientException or HttpRequestException)
                {
                    return HealthCheckResult.Unhealthy("the picture bucket cannot be reached");
                }
            }

            try
            {
                var folder = MediaFiles.ResolveFolder(options.Value.Path, environment.ContentRootPath);
                var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}");
                await File.WriteAllBytesAsync(probe, [1], cancellationToken);
                File.Delete(probe);
                return HealthCheckResult.Healthy("writable");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy("the picture folder is not writable");
            }
        }
    }

    // Scheduled publishing and the counters' flush run as background services; a loop that ended means no story
    // goes live on time and no view is saved.
    private sealed class BackgroundServicesCheck(IEnumerable<IHostedService> services) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var stopped = services.OfType<BackgroundService>().Where(s => s.ExecuteTask is not { IsCompleted: false }).Select(s => s.GetType().Name).ToList();
            return Task.FromResult(stopped.Count == 0
                ? HealthCheckResult.Healthy("running")
                : HealthCheckResult.Unhealthy("stopped: " + string.Join(", ", stopped)));
        }
    }
}
