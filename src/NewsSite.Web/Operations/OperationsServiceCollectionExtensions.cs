namespace NewsSite.Web.Operations;

internal static class OperationsServiceCollectionExtensions
{
    // What it takes to run the site: health endpoints for probes and load balancers.
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddNewsHealthChecks();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapNewsHealthChecks();
        return app;
    }
}
