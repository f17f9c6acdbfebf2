using System.Buffers.Binary;
using NewsSite.Web.Media;
using SkiaSharp;

namespace NewsSite.Tests.Media;

// A picture is judged by its header before a pixel is decoded. These files are a few hundred bytes to a few KB but
// declare sizes that used to make the server allocate gigabytes.
public sealed class ImageDecodingTests
{
    [Fact]
    public void AJpegDeclaringSixtyThousandPixelsSquareIsRefusedUnread()
    {
        var jpeg = WithJpegSize(TestImages.Jpeg(64, 64), 60000, 60000);
        var scan = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        var bomb = jpeg[..(scan + 30)];   // the headers, and the picture cut short right after they end

        Assert.Equal(ImageRefusal.TooManyPixels, ImageProcessor.Decode(bomb).Refusal);
    }

    [Fact]
    public void AWebPDeclaringSixteenThousandPixelsSquareIsRefusedUnread()
    {
        var bomb = WithWebPSize(Encode(64, 64, SKEncodedImageFormat.Webp), 16383, 16383);

        Assert.True(bomb.Length < 2000, $"{bomb.Length} bytes");
        Assert.Equal(ImageRefusal.TooManyPixels, ImageProcessor.Decode(bomb).Refusal);
    }

    [Fact]
    public void AFileThatEndsEarlyIsRefused()
    {
        var whole = TestImages.Jpeg(800, 600);

        Assert.Equal(ImageRefusal.Damaged, ImageProcessor.Decode(whole[..(whole.Length / 2)]).Refusal);
    }

    [Fact]
    public void ALargePhotoIsDecodedDownscaledToTheLargestKeptSide()
    {
        using var decoded = ImageProcessor.Decode(TestImages.Jpeg(6400, 3600)).Image!;

        Assert.Equal((6400, 3600), (decoded.OriginalWidth, decoded.OriginalHeight));
        Assert.Equal(ImageProcessor.MaxSide, decoded.Bitmap.Width);
        Assert.Equal(1800, decoded.Bitmap.Height);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 80);
        return data.ToArray();
    }

    // The height and width in the JPEG's start-of-frame segment (FFC0/FFC2), overwritten.
    private static byte[] WithJpegSize(byte[] jpeg, ushort width, ushort height)
    {
        var bytes = (byte[])jpeg.Clone();
        for (var i = 2; i < bytes.Length - 9; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), width);
                return bytes;
            }
        }

        throw new InvalidOperationException("No start-of-frame segment.");
    }

    // A lossy WebP's key frame header (after the 9D 01 2A start code) carries 14-bit width and height.
    private static byte[] WithWebPSize(byte[] webp, ushort width, ushort height)
    {
        var bytes = (byte[])webp.Clone();
        var start = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]);
        Assert.True(start > 0, "a lossy WebP");
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(start + 3), width);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(start + 5), height);
        return bytes;
    }
}
