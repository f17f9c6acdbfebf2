using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace NewsSite.Web.Media;

public sealed record CardSize(string Name, int Width, int Height);

// Centre-cropped JPEGs of a lead picture for link previews (1200×630) and Google's 16:9, 4:3 and 1:1 images, for
// library pictures and seed pictures alike. Made on first request and cached on disk under NewsSite:Media:CardsPath;
// the cache name covers the source's path, size and time, so a replaced picture gets new cards.
public sealed class SocialCards(IWebHostEnvironment environment, IOptions<MediaOptions> options, IMediaFileStore files, ILogger<SocialCards> logger) : IDisposable
{
    public static readonly CardSize OpenGraph = new("og", 1200, 630);

    public static readonly IReadOnlyList<CardSize> StructuredData =
    [
        new("16x9", 1200, 675),
        new("4x3", 1200, 900),
        new("1x1", 1200, 1200),
    ];

    private const int JpegQuality = 85;

    private readonly string _folder = Path.GetFullPath(options.Value.CardsPath, environment.ContentRootPath);

    // Decoding and resampling are CPU-heavy: one at a time, so a burst of preview fetchers cannot swamp the server.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static CardSize? Find(string name) =>
        name == OpenGraph.Name ? OpenGraph : StructuredData.FirstOrDefault(r => r.Name == name);

    // The cached file's full path, or null when the source picture is missing or cannot be decoded.
    public async Task<string?> GetAsync(string imagePath, CardSize size, CancellationToken cancellationToken)
    {
        // A library picture's name is its content, so its cards never go stale; a seed picture's cards follow its file.
        var hash = MediaFiles.HashOf(imagePath);
        var source = hash is null ? SeedFile(imagePath) : null;
        if (hash is null && (source is null || !source.Exists || source.IsDirectory))
        {
            return null;
        }

        var path = Path.Combine(_folder, source is null ? CacheName(imagePath, 0, default, size) : CacheName(imagePath, source.Length, source.LastModified, size));
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

            // Read whole first (from the bucket, a network stream), then decoded.
            using var buffer = new MemoryStream();
            if (source is null)
            {
                await using var file = await files.OpenAsync(MediaFiles.Master(hash!), cancellationToken);
                if (file is null)
                {
                    return null;
                }

                await file.Content.CopyToAsync(buffer, cancellationToken);
            }
            else
            {
                await using var stream = source.CreateReadStream();
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            buffer.Position = 0;
            var jpeg = Render(buffer, size.Width, size.Height);

            if (jpeg is null)
            {
                logger.RenditionFailed(imagePath, size.Width, size.Height);
                return null;
            }

            // Written aside and moved into place, so a reader never gets half a file.
            Directory.CreateDirectory(_folder);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, jpeg, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            logger.RenditionCreated(imagePath, size.Width, size.Height);
            return path;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Scales the picture to cover width×height and crops the overflow equally from both sides.
    public static byte[]? Render(Stream source, int width, int height)
    {
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        using var decoded = ImageProcessor.Decode(buffer.ToArray()).Image;
        if (decoded is null)
        {
            return null;
        }

        using var card = ImageProcessor.Cover(decoded.Bitmap, width, height);
        return ImageProcessor.Encode(card, SKEncodedImageFormat.Jpeg, JpegQuality);
    }

    public void Dispose() => _gate.Dispose();

    // Library pictures come from the media store (above), seed pictures from the web root; nothing else is a source.
    private IFileInfo? SeedFile(string imagePath) =>
        imagePath.StartsWith("/img/", StringComparison.Ordinal) && !imagePath.Contains("..", StringComparison.Ordinal)
            ? environment.WebRootFileProvider.GetFileInfo(imagePath)
            : null;

    private static string CacheName(string imagePath, long length, DateTimeOffset modified, CardSize size)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{imagePath}|{length}|{modified.UtcTicks}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return $"{hash}-{size.Width}x{size.Height}.jpg";
    }
}
