using SkiaSharp;

namespace NewsSite.BrowserTests;

internal static class TestImages
{
    // A small real PNG, like a photo an editor picks from disk.
    public static byte[] Png(int width = 1200, int height = 675)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(11, 92, 90));
            using var paint = new SKPaint { Color = new SKColor(200, 162, 74), IsAntialias = true };
            canvas.DrawCircle(width * 0.3f, height / 2f, height / 3f, paint);
            paint.Color = SKColors.White;
            canvas.DrawRect(width * 0.55f, height * 0.3f, width * 0.3f, height * 0.4f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
