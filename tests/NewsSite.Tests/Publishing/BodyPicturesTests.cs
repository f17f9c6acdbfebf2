using AngleSharp.Html.Parser;
using NewsSite.Web.Markdown;
using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Publishing;

public sealed class BodyPicturesTests
{
    private const string Port = "0123456789abcdef0123456789abcdef";
    private const string Ship = "fedcba9876543210fedcba9876543210";

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown)
    {
        var html = new MarkdownRenderer().ToHtml(markdown);
        var sizes = new Dictionary<string, (int, int)> { [Port] = (1600, 900), [Ship] = (1200, 800) };
        return new HtmlParser().ParseDocument(BodyPictures.Upgrade(html, sizes));
    }

    [Fact]
    public void ALibraryPictureWithACaptionBecomesAFigureWithRenditionsSizeCaptionAndCredit()
    {
        var page = Render($"فقرة.\n\n![رصيف الميناء](/media/{Port}.jpg \"الميناء صباح اليوم|تصوير: أحمد\")\n\nفقرة أخرى.");

        var figure = page.QuerySelector("figure.body-picture")!;
        var source = figure.QuerySelector("picture source[type='image/webp']")!;
        var image = figure.QuerySelector("picture img")!;
        Assert.Equal($"/media/{Port}-480.webp 480w, /media/{Port}-960.webp 960w, /media/{Port}-1600.webp 1600w", source.GetAttribute("srcset"));
        Assert.Equal($"/media/{Port}-960.jpg", image.GetAttribute("src"));
        Assert.Contains($"/media/{Port}-1600.jpg 1600w", image.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal(("1600", "900", "lazy"), (image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading")));
        Assert.Equal("رصيف الميناء", image.GetAttribute("alt"));
        Assert.Null(image.GetAttribute("title"));
        Assert.Equal("الميناء صباح اليوم تصوير: أحمد", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("تصوير: أحمد", figure.QuerySelector("figcaption .credit")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void PicturesInOneParagraphAreAGalleryEachWithItsCaption()
    {
        var page = Render($"![الميناء](/media/{Port}.jpg \"الرصيف\")\n![السفينة](/media/{Ship}.jpg \"السفينة|وام\")");

        var items = page.QuerySelectorAll("figure.gallery > figure.gallery__item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("الرصيف", items[0].QuerySelector("figcaption")!.TextContent);
        Assert.Equal("وام", items[1].QuerySelector(".credit")!.TextContent);
        Assert.Equal("800", items[1].QuerySelector("img")!.GetAttribute("height"));
        Assert.Empty(page.QuerySelectorAll("p"));
    }

    [Fact]
    public void APictureInTextStaysInlineAndPicturesFromElsewhereOnTheSiteKeepTheirAddress()
    {
        var page = Render($"قبل ![صغيرة](/media/{Port}.jpg) بعد\n\n![مرسومة](/img/seed/desert.jpg \"صحراء\")");

        Assert.NotNull(page.QuerySelector("p picture img[srcset]"));
        Assert.Equal("/img/seed/desert.jpg", page.QuerySelector("figure.body-picture img")!.GetAttribute("src"));
        Assert.Null(page.QuerySelector("figure.body-picture picture"));
    }
}
