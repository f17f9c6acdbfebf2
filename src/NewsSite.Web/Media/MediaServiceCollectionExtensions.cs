using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Media;

internal static class MediaServiceCollectionExtensions
{
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MediaStore>();
        return builder;
    }

    // Stored pictures: content-hashed names never change, so they are cached for a year and marked immutable.
    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var folder = MediaStore.ResolveFolder(site.MediaPath, app.Environment.ContentRootPath);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = MediaFiles.RequestPath,
            FileProvider = new PhysicalFileProvider(folder),
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = "public, max-age=31536000, immutable";
                headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
