using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsSite.Web.Data;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Media;

internal static class MediaServiceCollectionExtensions
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Uploads above the limit are cut off by the form reader, not read into memory (a little room for the other fields).
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<MediaOptions>>((form, media) =>
            form.MultipartBodyLengthLimit = media.Value.MaxUploadBytes + (1024 * 1024));
        builder.Services.AddSingleton<IMediaFileStore>(s =>
        {
            var media = s.GetRequiredService<IOptions<MediaOptions>>().Value;
            return media.Store == MediaStoreKind.S3
                ? new S3MediaFileStore(media.S3)
                : new LocalMediaFileStore(MediaFiles.ResolveFolder(media.Path, builder.Environment.ContentRootPath));
        });
        builder.Services.AddScoped<MediaStore>();
        builder.Services.AddSingleton<SocialCards>();
        return builder;
    }

    // Library files (content-hashed names never change: cached for a year, immutable) and the social cards.
    public static WebApplication MapMedia(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IMediaFileStore>();
        if (store.LocalFolder is { } folder)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = SiteUrls.MediaRoot,
                FileProvider = new PhysicalFileProvider(folder),
                ServeUnknownFileTypes = false,
                OnPrepareResponse = context => Immutable(context.Context.Response.Headers),
            });
        }
        else
        {
            // From the bucket, through the site: the names are checked, so nothing else in the bucket can be read.
            app.MapMethods(SiteUrls.MediaRoot + "/{name}", GetOrHead, async (string name, IMediaFileStore files, HttpContext http, CancellationToken ct) =>
            {
                if (!MediaFiles.IsFileName(name) || await files.OpenAsync(name, ct) is not { } file)
                {
                    return Results.NotFound();
                }

                http.Response.RegisterForDisposeAsync(file);
                Immutable(http.Response.Headers);
                if (file.Length is { } length)
                {
                    http.Response.ContentLength = length;
                }

                return Results.Stream(file.Content, MediaContentTypes.Of(name), lastModified: file.LastModified,
                    entityTag: file.EntityTag is { } tag ? EntityTagHeaderValue.Parse(tag) : null);
            });
        }

        app.MapMethods(SiteUrls.SocialCardRoot + "/{id:int}.jpg", GetOrHead,
            (int id, NewsDbContext db, SocialCards cards, HttpContext http, CancellationToken ct) =>
                SocialCardAsync(id, SocialCards.OpenGraph, db, cards, http, ct));
        app.MapMethods(SiteUrls.SocialCardRoot + "/{id:int}/{name}.jpg", GetOrHead,
            (int id, string name, NewsDbContext db, SocialCards cards, HttpContext http, CancellationToken ct) =>
                SocialCards.Find(name) is { } size ? SocialCardAsync(id, size, db, cards, http, ct) : Task.FromResult(Results.NotFound()));
        return app;
    }

    private static void Immutable(IHeaderDictionary headers)
    {
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
    }

    // Only for published stories: a draft's picture is nobody's business yet.
    private static async Task<IResult> SocialCardAsync(
        int id, CardSize size, NewsDbContext db, SocialCards cards, HttpContext http, CancellationToken cancellationToken)
    {
        var imagePath = await db.Articles.AsNoTracking().Published().Where(a => a.Id == id).Select(a => a.Content.ImagePath)
            .FirstOrDefaultAsync(cancellationToken);
        // A library picture must be one the library holds: a path that only looks like one reads nothing.
        var path = SiteUrls.Image(imagePath);
        if (MediaFiles.HashOf(path) is { } hash && !await db.MediaItems.AnyAsync(m => m.Hash == hash, cancellationToken))
        {
            path = null;
        }

        var file = path is null ? null : await cards.GetAsync(path, size, cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.File(file, "image/jpeg", lastModified: File.GetLastWriteTimeUtc(file));
    }
}
