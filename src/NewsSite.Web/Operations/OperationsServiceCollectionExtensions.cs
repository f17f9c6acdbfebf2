namespace NewsSite.Web.Operations;

internal static class OperationsServiceCollectionExtensions
{
    // What it takes to run the site: health endpoints for probes and load balancers, metrics for Prometheus.
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddNewsHealthChecks();
        builder.Services.AddNewsMetrics();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapNewsHealthChecks();
        app.UseNewsMetrics();
        return app;
    }
}
