using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using SkiaSharp;

namespace NewsSite.Web.Media;

// The media library: uploads checked by decoding, stored clean under their content hash with their renditions.
public sealed class MediaStore(NewsDbContext db, IOptions<MediaOptions> options, IMediaFileStore files, TimeProvider clock)
{
    private const int JpegQuality = 82;
    private const int WebpQuality = 78;

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

        var decoded = ImageProcessor.Decode(bytes);
        if (decoded.Image is not { } image)
        {
            return MediaUploadResult.Fail(decoded.Refusal switch
            {
                ImageRefusal.TooManyPixels => $"أبعاد الصورة كبيرة جداً (أكثر من {ImageProcessor.MaxPixels / 1_000_000} ميغابكسل). صغّرها ثم ارفعها مجدداً.",
                ImageRefusal.Damaged => "الملف تالف أو ناقص: تعذّرت قراءة الصورة كاملة. أعد حفظها على جهازك ثم ارفعها مجدداً.",
                _ => "الملف ليس صورة صالحة. الصيغ المقبولة: JPEG وPNG وWebP.",
            });
        }

        using (image)
        {
            await WriteRenditionsAsync(hash, image.Bitmap, cancellationToken);
            var item = new MediaItem
            {
                Hash = hash,
                OriginalFileName = DisplayName(fileName),
                Format = image.Format,
                Width = image.Bitmap.Width,
                Height = image.Bitmap.Height,
                SizeBytes = bytes.Length,
                UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
                UploadedById = userId,
            };
            db.MediaItems.Add(item);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same picture uploaded twice at the same moment: the other upload stored it.
                db.ChangeTracker.Clear();
                return await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Hash == hash, cancellationToken) is { } stored
                    ? MediaUploadResult.Ok(stored)
                    : throw new InvalidOperationException("The picture could not be stored.");
            }

            return MediaUploadResult.Ok(item);
        }
    }

    // The name as the editor chose it, for the library's labels only (files are named by hash): no folders, no
    // control characters, at most 200 characters.
    private static string DisplayName(string fileName)
    {
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "صورة" : name.Length > 200 ? name[..200] : name;
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

    private Task WriteAsync(string fileName, byte[] bytes, CancellationToken cancellationToken) => files.WriteAsync(fileName, bytes, cancellationToken);
}

public sealed record MediaUploadResult(MediaItem? Item, string? Error)
{
    public static MediaUploadResult Ok(MediaItem item) => new(item, null);

    public static MediaUploadResult Fail(string error) => new(null, error);
}
