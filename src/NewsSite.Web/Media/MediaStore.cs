using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using SkiaSharp;

namespace NewsSite.Web.Media;

// The media library: uploads checked by decoding, stored clean under their content hash with their renditions.
public sealed class MediaStore(NewsDbContext db, IOptions<MediaOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    private const int JpegQuality = 82;
    private const int WebpQuality = 78;

    public string Folder { get; } = MediaFiles.ResolveFolder(options.Value.Path, environment.ContentRootPath);

    // Stores an upload: refused (with an Arabic reason) when too large or not a JPEG, PNG or WebP by its content.
    public async Task<MediaUploadResult> SaveAsync(Stream content, string fileName, long length, string? userId, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        if (length > max)
        {
            return MediaUploadResult.Fail($"حجم الملف أكبر من الحد المسموح ({max / (1024 * 1024)} ميغابايت).");
        }

        if (length == 0)
        {
            return MediaUploadResult.Fail("الملف فارغ.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > max)
        {
            return MediaUploadResult.Fail($"حجم الملف أكبر من الحد المسموح ({max / (1024 * 1024)} ميغابايت).");
        }

        var bytes = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
        var existing = await db.MediaItems.FirstOrDefaultAsync(m => m.Hash == hash, cancellationToken);
        if (existing is not null)
        {
            return MediaUploadResult.Ok(existing);
        }

        using var image = ImageProcessor.Decode(bytes);
        if (image is null)
        {
            return MediaUploadResult.Fail("الملف ليس صورة صالحة. الصيغ المقبولة: JPEG وPNG وWebP.");
        }

        await WriteRenditionsAsync(hash, image.Bitmap, cancellationToken);
        var item = new MediaItem
        {
            Hash = hash,
            OriginalFileName = Path.GetFileName(fileName).Length > 200 ? Path.GetFileName(fileName)[..200] : Path.GetFileName(fileName),
            Format = image.Format,
            Width = image.Bitmap.Width,
            Height = image.Bitmap.Height,
            SizeBytes = bytes.Length,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedById = userId,
        };
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return MediaUploadResult.Ok(item);
    }

    private async Task WriteRenditionsAsync(string hash, SKBitmap source, CancellationToken cancellationToken)
    {
        using var flat = ImageProcessor.Flatten(source);
        await WriteAsync(MediaFiles.Master(hash), ImageProcessor.Encode(flat, SKEncodedImageFormat.Jpeg, JpegQuality), cancellationToken);
        foreach (var width in MediaFiles.Widths)
        {
            using var scaled = ImageProcessor.Resize(flat, width);
            await WriteAsync(MediaFiles.Rendition(hash, width, "jpg"), ImageProcessor.Encode(scaled, SKEncodedImageFormat.Jpeg, JpegQuality), cancellationToken);
            await WriteAsync(MediaFiles.Rendition(hash, width, "webp"), ImageProcessor.Encode(scaled, SKEncodedImageFormat.Webp, WebpQuality), cancellationToken);
        }
    }

    // Written to a temporary name and moved, so a reader never gets half a file.
    private async Task WriteAsync(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, fileName);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}

public sealed record MediaUploadResult(MediaItem? Item, string? Error)
{
    public static MediaUploadResult Ok(MediaItem item) => new(item, null);

    public static MediaUploadResult Fail(string error) => new(null, error);
}
