using Microsoft.Extensions.Options;
using NewsSite.Web;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Urls;

public sealed class SiteUrlsTests
{
    private static readonly SiteUrls Urls = new(Options.Create(new SiteOptions { PublicBaseUrl = "https://news.example/" }));

    [Fact]
    public void PathsAreEncodedOnceAndAbsoluteUrlsUseTheConfiguredBase()
    {
        Assert.Equal("/articles/7/%D8%AF%D8%A8%D9%8A-2024", SiteUrls.Article(7, "دبي-2024"));
        Assert.Equal("/tags/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9", SiteUrls.Tag("الطاقة"));
        Assert.Equal("/sections/uae/rss.xml", SiteUrls.SectionRss("uae"));
        Assert.Equal("/search?q=%D9%85%D8%AA%D8%B1%D9%88&page=2", SiteUrls.SearchResults("مترو", 2));
        Assert.Equal("https://news.example/articles/7", Urls.Absolute(SiteUrls.ArticleById(7)));
        Assert.Equal("https://news.example/img/social/7/16x9.jpg", Urls.Absolute(SiteUrls.SocialCard(7, "16x9")));
        Assert.Equal("https://news.example/s/Ab3dE5gH/whatsapp", Urls.Absolute(SiteUrls.ShareLink("Ab3dE5gH", "whatsapp")));
    }

    [Theory]
    [InlineData("/img/seed/desert.jpg", true)]
    [InlineData("/media/0123456789abcdef0123456789abcdef.jpg", true)]
    [InlineData("img/seed/desert.jpg", false)]              // not rooted
    [InlineData("https://tracker.example/pixel.gif", false)] // another site's picture
    [InlineData("//tracker.example/pixel.gif", false)]       // protocol-relative
    [InlineData("/\\tracker.example/pixel.gif", false)]
    [InlineData("/img/a b.jpg", false)]
    [InlineData("/img/\u000bx.jpg", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlySiteRelativePicturePathsAreUsed(string? path, bool accepted)
    {
        Assert.Equal(accepted, SiteUrls.Image(path) is not null);
        Assert.Equal(accepted, Urls.AbsoluteImage(path) is not null);
    }
}
