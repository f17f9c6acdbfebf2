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

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
