using NewsSite.Web.Media;
using SkiaSharp;

namespace NewsSite.Tests.Media;

public sealed class SocialCardRenderingTests
{
    [Theory]
    [InlineData(1600, 900, 1200, 630)]     // the seed heroes' shape, to the Open Graph size
    [InlineData(320, 180, 1200, 630)]      // small sources are scaled up to the declared size
    [InlineData(600, 1200, 1200, 630)]     // portrait: crops top and bottom
    [InlineData(1600, 900, 1200, 1200)]    // square for Google's 1x1
    [InlineData(1600, 900, 1200, 900)]     // 4x3
    public void RenditionsHaveExactlyTheRequestedSize(int sourceWidth, int sourceHeight, int width, int height)
    {
        using var source = new MemoryStream(TestImages.Jpeg(sourceWidth, sourceHeight));

        var jpeg = SocialCards.Render(source, width, height);

        using var decoded = SKBitmap.Decode(jpeg);
        Assert.Equal(width, decoded.Width);
        Assert.Equal(height, decoded.Height);
        Assert.Equal(0xFF, jpeg![0]);   // JPEG SOI marker
        Assert.Equal(0xD8, jpeg[1]);
    }

    [Fact]
    public void RenditionsCropTheCentre()
    {
        // Red, green, blue vertical thirds; a square crop keeps only the green middle.
        using var source = new MemoryStream(TestImages.Jpeg(900, 300, [SKColors.Red, SKColors.Lime, SKColors.Blue]));

        var jpeg = SocialCards.Render(source, 300, 300);

        using var decoded = SKBitmap.Decode(jpeg);
        foreach (var x in new[] { 20, 150, 280 })
        {
            var pixel = decoded.GetPixel(x, 150);
            Assert.True(pixel.Green > 200 && pixel.Red < 60 && pixel.Blue < 60, $"pixel at {x} is {pixel}");
        }
    }

    [Fact]
    public void SomethingThatIsNotAnImageGivesNoRendition()
    {
        using var source = new MemoryStream("not a jpeg"u8.ToArray());

        Assert.Null(SocialCards.Render(source, 1200, 630));
    }
}
