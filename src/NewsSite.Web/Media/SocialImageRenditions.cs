using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using NewsSite.Web.Sharing;
using SkiaSharp;

namespace NewsSite.Web.Media;

public sealed record Rendition(string Name, int Width, int Height);

// Centre-cropped JPEG renditions of a hero image for link previews (1200×630) and Google's 16:9, 4:3 and 1:1 images.
// Made on first request and cached on disk; the cache key covers the source's path, size and time, so a replaced
// hero image gets new renditions. (The media library will own renditions later.)
public sealed class SocialImageRenditions(IWebHostEnvironment environment, IOptions<SharingOptions> options, IOptions<SiteOptions> site,
    ILogger<SocialImageRenditions> logger)
    : IDisposable
{
    public static readonly Rendition OpenGraph = new("og", 1200, 630);

    public static readonly IReadOnlyList<Rendition> StructuredData =
    [
        new("16x9", 1200, 675),
        new("4x3", 1200, 900),
        new("1x1", 1200, 1200),
    ];

    private const int JpegQuality = 85;

    private readonly string _folder = Path.GetFullPath(options.Value.RenditionsPath, environment.ContentRootPath);

    // Decoding and resampling are CPU-heavy: one at a time, so a burst of preview fetchers cannot swamp the server.
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Uploaded pictures live in the media folder (/media/{hash}.jpg); the seed's under the web root.
    private IFileInfo SourceFile(string imagePath) =>
        MediaFiles.HashOf(imagePath) is { } hash
            ? new PhysicalFileInfo(new FileInfo(Path.Combine(MediaStore.ResolveFolder(site.Value.MediaPath, environment.ContentRootPath), hash + ".jpg")))
            : environment.WebRootFileProvider.GetFileInfo(imagePath);

    public static Rendition? Find(string name) =>
        name == OpenGraph.Name ? OpenGraph : StructuredData.FirstOrDefault(r => r.Name == name);

    // The cached file's full path, or null when the source image is missing or cannot be decoded.
    public async Task<string?> GetAsync(string imagePath, Rendition rendition, CancellationToken cancellationToken)
    {
        var source = SourceFile(imagePath);
        if (!source.Exists || source.IsDirectory)
        {
            return null;
        }

        var path = Path.Combine(_folder, CacheName(imagePath, source.Length, source.LastModified, rendition));
        if (File.Exists(path))
        {
            return path;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            byte[]? jpeg;
            await using (var stream = source.CreateReadStream())
            {
                jpeg = Render(stream, rendition.Width, rendition.Height);
            }

            if (jpeg is null)
            {
                logger.RenditionFailed(imagePath, rendition.Width, rendition.Height);
                return null;
            }

            // Written aside and moved into place, so a reader never gets half a file.
            Directory.CreateDirectory(_folder);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, jpeg, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            logger.RenditionCreated(imagePath, rendition.Width, rendition.Height);
            return path;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Scales the image to cover width×height and crops the overflow equally from both sides.
    public static byte[]? Render(Stream source, int width, int height)
    {
        using var data = SKData.Create(source);
        using var image = data is null ? null : SKImage.FromEncodedData(data);
        if (image is null)
        {
            return null;
        }

        var scale = Math.Max((float)width / image.Width, (float)height / image.Height);
        var cropWidth = width / scale;
        var cropHeight = height / scale;
        var crop = SKRect.Create((image.Width - cropWidth) / 2, (image.Height - cropHeight) / 2, cropWidth, cropHeight);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(image, crop, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return encoded.ToArray();
    }

    public void Dispose() => _gate.Dispose();

    private static string CacheName(string imagePath, long length, DateTimeOffset modified, Rendition rendition)
    {
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{imagePath}|{length}|{modified.UtcTicks}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return $"{hash}-{rendition.Width}x{rendition.Height}.jpg";
    }
}
