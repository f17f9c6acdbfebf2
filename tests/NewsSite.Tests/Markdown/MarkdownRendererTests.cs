using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ParagraphsHeadingsQuotesAndListsAreRendered()
    {
        var html = _renderer.ToHtml("## عنوان\n\nفقرة أولى.\n\n> اقتباس\n\n- بند\n- بند آخر");

        Assert.Contains("<h2 id=\"عنوان\">عنوان</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>فقرة أولى.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<li>").Length - 1);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=https://evil.example></iframe>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<a href=\"https://x\" onclick=\"steal()\">x</a>")]
    [InlineData("# عنوان {onclick=steal()}")]
    [InlineData("![x](https://youtube.com/watch?v=abc)")]
    public void RawHtmlEventHandlersAndScriptUrlsNeverSurvive(string markdown)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_renderer.ToHtml(markdown));
        var elements = document.Body!.QuerySelectorAll("*");

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style"));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ImagesAreLazyLoaded() =>
        Assert.Contains("loading=\"lazy\"", _renderer.ToHtml("![صورة](/media/0123456789abcdef0123456789abcdef-960.jpg)"), StringComparison.Ordinal);

    [Theory]
    [InlineData("![بكسل](https://tracker.example/p.gif)")]
    [InlineData("![بكسل](//tracker.example/p.gif)")]
    [InlineData("![بكسل][r]\n\n[r]: http://tracker.example/p.gif")]
    [InlineData("![بكسل](data:image/gif;base64,R0lGODlhAQABAAAAACw=)")]
    public void PicturesFromOtherSitesAreFoundAndNeverRendered(string markdown)
    {
        Assert.NotEmpty(_renderer.ExternalImages(markdown));
        var html = _renderer.ToHtml(markdown);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("بكسل", html, StringComparison.Ordinal);   // the alt text stays, as text
    }

    [Fact]
    public void WordsAreCountedForReadingTime() =>
        Assert.Equal(5, MarkdownRenderer.CountWords("## عنوان\n\nوقع الرئيس **الاتفاق** أمس - ."));
}
