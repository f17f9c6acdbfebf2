using SkiaSharp;

namespace NewsSite.Tests;

// Tiny JPEGs made on the spot, so no test depends on the seed pictures' pixels (or on their being there).
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height, SKColor[]? stripes = null)
    {
        stripes ??= [new SKColor(0x0b, 0x5c, 0x5a), new SKColor(0xc8, 0xa2, 0x4a)];
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var stripe = (float)width / stripes.Length;
        for (var i = 0; i < stripes.Length; i++)
        {
            using var paint = new SKPaint { Color = stripes[i] };
            surface.Canvas.DrawRect(SKRect.Create(i * stripe, 0, stripe + 1, height), paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
