using SkiaSharp;

namespace NewsSite.Web.Media;

// Decodes an upload (deciding its type from its bytes, never its name), turns it upright, and writes clean copies.
// Re-encoding drops every metadata block (EXIF, GPS, XMP), so nothing of the camera or place leaves with the picture.
// A picture is judged by its header before a single pixel is decoded: a few hundred bytes can declare 16383×16383
// pixels (1 GB of memory), so anything over the pixel budget, and any file that ends early, is refused.
internal static class ImageProcessor
{
    // 40 megapixels: a 7,700×5,200 camera picture fits; decoding it at most costs 160 MB before downscaling.
    public const long MaxPixels = 40_000_000;

    // The largest side kept: the widest rendition is 1,600 px; twice that leaves room for crops and new sizes.
    public const int MaxSide = 3200;

    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    public static ImageDecodeResult Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return ImageDecodeResult.Refused(ImageRefusal.NotAnImage);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
        {
            return ImageDecodeResult.Refused(ImageRefusal.TooManyPixels);
        }

        // JPEG and WebP decode straight to a smaller size (JPEG in eighths), so a large photo never exists in memory
        // at full size; PNG decodes whole and is resized after.
        var scale = Math.Min(1f, MaxSide / (float)Math.Max(width, height));
        var size = scale < 1f ? codec.GetScaledDimensions(scale) : codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return ImageDecodeResult.Refused(ImageRefusal.Damaged);
        }

        if (Math.Max(bitmap.Width, bitmap.Height) > MaxSide)
        {
            var fitted = Fit(bitmap, MaxSide);
            bitmap.Dispose();
            bitmap = fitted;
        }

        var upright = Orient(bitmap, codec.EncodedOrigin);
        return ImageDecodeResult.Decoded(new DecodedImage(upright, codec.EncodedFormat.ToString().ToLowerInvariant(), width, height));
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    // Scaled so that neither side is over max (never up).
    private static SKBitmap Fit(SKBitmap source, int max)
    {
        var scale = max / (double)Math.Max(source.Width, source.Height);
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        return source.Resize(info, Sampling);
    }

    // Scaled to a width (never up), keeping the aspect ratio.
    public static SKBitmap Resize(SKBitmap source, int width)
    {
        if (width >= source.Width)
        {
            return source.Copy();
        }

        var height = Math.Max(1, (int)Math.Round(source.Height * (width / (double)source.Width)));
        return source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), Sampling);
    }

    // Fills width×height, cropping what sticks out evenly (for 1200×630 social cards).
    public static SKBitmap Cover(SKBitmap source, int width, int height)
    {
        var scale = Math.Max(width / (double)source.Width, height / (double)source.Height);
        var w = source.Width * scale;
        var h = source.Height * scale;
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, SKRect.Create((float)((width - w) / 2), (float)((height - h) / 2), (float)w, (float)h), Sampling);
        return target;
    }

    // JPEG has no transparency: lay the picture on white first.
    public static SKBitmap Flatten(SKBitmap source)
    {
        var target = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, SKRect.Create(source.Width, source.Height), Sampling);
        return target;
    }

    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return bitmap;
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var rotated = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.SetMatrix(OrientationMatrix(origin, bitmap.Width, bitmap.Height));
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, SKRect.Create(bitmap.Width, bitmap.Height), Sampling);
        }

        bitmap.Dispose();
        return rotated;
    }

    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}

// The picture as kept (upright, at most MaxSide), with the size the file declared.
internal sealed record DecodedImage(SKBitmap Bitmap, string Format, int OriginalWidth, int OriginalHeight) : IDisposable
{
    public void Dispose() => Bitmap.Dispose();
}

internal enum ImageRefusal
{
    NotAnImage,
    TooManyPixels,
    Damaged,
}

internal sealed record ImageDecodeResult(DecodedImage? Image, ImageRefusal? Refusal)
{
    public static ImageDecodeResult Decoded(DecodedImage image) => new(image, null);

    public static ImageDecodeResult Refused(ImageRefusal refusal) => new(null, refusal);
}
