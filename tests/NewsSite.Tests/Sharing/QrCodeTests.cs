using NewsSite.Web.Sharing;

namespace NewsSite.Tests.Sharing;

public sealed class QrCodeTests
{
    [Fact]
    public void QrCodeIsAScalableSvg()
    {
        var svg = System.Xml.Linq.XDocument.Parse(QrCodes.Svg("https://news.example/s/Ab3dE5gH"));

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.NotNull(svg.Root.Attribute("viewBox"));
        Assert.Null(svg.Root.Attribute("width"));
    }
}
