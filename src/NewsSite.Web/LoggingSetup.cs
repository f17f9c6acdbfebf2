using Serilog;

namespace NewsSite.Web;

internal static class LoggingSetup
{
    private const string FilePathKey = "Serilog:WriteTo:File:Args:path";

    // Serilog comes from appsettings.json ("Serilog" section: console and a daily rolling file). A relative log
    // path is taken against the content root, like the database, not against whatever directory we started in.
    public static WebApplicationBuilder AddNewsLogging(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration[FilePathKey];
        if (!string.IsNullOrEmpty(path) && !Path.IsPathRooted(path))
        {
            builder.Configuration[FilePathKey] = Path.GetFullPath(path, builder.Environment.ContentRootPath);
        }

        // preserveStaticLogger: each host keeps its own logger instead of replacing the process-wide Log.Logger, so
        // several hosts in one process (the test suites) each write to their own sinks.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }

    // One line per request, through this host's logger (not the process-wide one).
    public static WebApplication UseNewsRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Probes ask every few seconds: their answers are logged only when they fail.
            o.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
        return app;
    }
}
