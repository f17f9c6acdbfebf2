using NewsSite.Web.Media;
using NewsSite.Web.Sharing;
using SkiaSharp;

namespace NewsSite.Tests.Services;

public sealed class SharingPartsTests
{
    [Fact]
    public void ShortCodesAreEightBase62CharactersAndDiffer()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ShortCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-Za-z]{8}$", c));
        Assert.All(codes, c => Assert.True(ShortCodes.IsWellFormed(c)));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abcdefghi")]
    [InlineData("abcd-fgh")]
    [InlineData("abcd/fgh")]
    [InlineData("عربيعربيع")]
    [InlineData("qr.svg12")]
    public void MalformedShortCodesAreRejectedBeforeAnyLookup(string? code) =>
        Assert.False(ShortCodes.IsWellFormed(code));

    [Theory]
    [InlineData(1600, 900, 1200, 630)]     // the seed heroes' shape, to the Open Graph size
    [InlineData(320, 180, 1200, 630)]      // small sources are scaled up to the declared size
    [InlineData(600, 1200, 1200, 630)]     // portrait: crops top and bottom
    [InlineData(1600, 900, 1200, 1200)]    // square for Google's 1x1
    [InlineData(1600, 900, 1200, 900)]     // 4x3
    public void RenditionsHaveExactlyTheRequestedSize(int sourceWidth, int sourceHeight, int width, int height)
    {
        using var source = new MemoryStream(TestImages.Jpeg(sourceWidth, sourceHeight));

        var jpeg = SocialImageRenditions.Render(source, width, height);

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

        var jpeg = SocialImageRenditions.Render(source, 300, 300);

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

        Assert.Null(SocialImageRenditions.Render(source, 1200, 630));
    }

    [Fact]
    public void QrCodeIsAScalableSvg()
    {
        var svg = System.Xml.Linq.XDocument.Parse(QrCodes.Svg("https://news.example/s/Ab3dE5gH"));

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.NotNull(svg.Root.Attribute("viewBox"));
        Assert.Null(svg.Root.Attribute("width"));
    }
}
