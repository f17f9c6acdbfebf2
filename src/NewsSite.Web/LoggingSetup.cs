using Microsoft.AspNetCore.Diagnostics;
using NewsSite.Web.Caching;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace NewsSite.Web;

internal static class LoggingSetup
{
    private const string FilePathKey = "Serilog:WriteTo:File:Args:path";
    private const string JsonKey = "NewsSite:Logging:Json";
    private const string JsonFormatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";

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
        // Read when the host is built, so every configuration source (environment, tests) is in.
        // The hosting layer's logger is off: its per-request lines are below Warning, yet its request scope cost every
        // request, cache hits included, an Activity and a percent-escaped copy of the (Arabic) path. It also logged a
        // failure to build the request pipeline at start-up; such a failure still ends the process with the error on
        // the console. Events logged during a request get RequestId and RequestPath from RequestEnricher instead, worked
        // out only for an event that is written.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration.GetValue<bool>(JsonKey) ? AsJson(builder.Configuration) : builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            .Enrich.FromLogContext()
            .Enrich.With(new RequestEnricher(services.GetRequiredService<IHttpContextAccessor>())), preserveStaticLogger: true);
        return builder;
    }

    // The request an event was written in: its id (the one the error page shows as the reference number) and path.
    private sealed class RequestEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            if (accessor.HttpContext is not { } http)
            {
                return;
            }

            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestId", http.TraceIdentifier));
            // The path the reader asked for, even while an error page is being rendered in its place (/Error).
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestPath", ErrorPageFor(http) ?? http.Request.Path.Value));
        }
    }

    // The path an error page is being rendered for, in its place (null when this is the request itself).
    private static string? ErrorPageFor(HttpContext http) =>
        http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;

    // NewsSite:Logging:Json = true: every sink writes one JSON object per event (CLEF: @t, @mt, @l, properties), for a
    // log collector. The same Serilog settings, with each sink's text template swapped for the JSON formatter.
    private static IConfiguration AsJson(ConfigurationManager configuration)
    {
        var settings = configuration.GetSection("Serilog").AsEnumerable()
            .Where(s => s.Value is not null && !s.Key.EndsWith(":outputTemplate", StringComparison.Ordinal) && !s.Key.EndsWith(":formatProvider", StringComparison.Ordinal))
            .ToList();
        settings.AddRange(configuration.GetSection("Serilog:WriteTo").GetChildren()
            .Select(sink => new KeyValuePair<string, string?>($"{sink.Path}:Args:formatter", JsonFormatter)));
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    // One line per request, through this host's logger (not the process-wide one).
    public static WebApplication UseNewsRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Probes ask every few seconds: their answers are logged only when they fail. A page served from the page
            // cache is Debug: its render was logged, the metrics count hits, and a story read by thousands a second
            // would otherwise write a line for each of them (about 450 bytes, 20 MB a second to the file at 40,000).
            // An error page rendered in a request's place (/Error, /Error/404) is the same request: its line was written.
            o.GetLevel = (http, _, exception) =>
                ErrorPageFor(http) is not null ? LogEventLevel.Verbose
                : exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : ReaderPagePolicy.ServedFromCache(http) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }
}
