using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

public sealed class EmbedTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://x.com/AlofoqNews/status/1798765432101234567", "x", "https://platform.twitter.com/embed/Tweet.html?id=1798765432101234567&lang=ar")]
    [InlineData("https://twitter.com/AlofoqNews/status/1798765432101234567", "x", "https://platform.twitter.com/embed/Tweet.html?id=1798765432101234567&lang=ar")]
    [InlineData("https://www.instagram.com/p/C7xYz12AbCd/", "instagram", "https://www.instagram.com/p/C7xYz12AbCd/embed")]
    [InlineData("https://www.instagram.com/reel/C7xYz12AbCd/", "instagram", "https://www.instagram.com/reel/C7xYz12AbCd/embed")]
    [InlineData("https://www.facebook.com/AlofoqNews/posts/pfbid02abc123", "facebook", "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FAlofoqNews%2Fposts%2Fpfbid02abc123")]
    [InlineData("https://www.facebook.com/AlofoqNews/videos/123456789012345", "facebook", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FAlofoqNews%2Fvideos%2F123456789012345")]
    [InlineData("https://www.tiktok.com/@alofoq/video/7381234567890123456", "tiktok", "https://www.tiktok.com/embed/v2/7381234567890123456")]
    [InlineData("https://www.google.com/maps/place/Burj+Khalifa/@25.197197,55.2743764,17z", "maps", "https://maps.google.com/maps?q=25.197197%2C55.2743764&output=embed")]
    [InlineData("https://maps.google.com/?q=Dubai+Mall", "maps", "https://maps.google.com/maps?q=Dubai%20Mall&output=embed")]
    public void EachProvidersAddressesBecomeItsOwnFrame(string url, string provider, string frame)
    {
        var embed = Embeds.Recognise(url);

        Assert.NotNull(embed);
        Assert.Equal(provider, embed.Provider);
        Assert.Equal(frame, embed.Frame);
        Assert.Contains(Embeds.FrameOrigins, origin => embed.Frame.StartsWith(origin + "/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]   // a lookalike host
    [InlineData("https://evil-youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ")]   // user info: the host is evil.example
    [InlineData("https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ")]          // another port
    [InlineData("javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("JaVaScRiPt:alert(document.cookie)")]
    [InlineData("data:text/html,<iframe src=https://www.youtube.com>")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>")]     // not an id
    [InlineData("https://www.youtube.com/channel/UCabcdefghijk")]             // not a video
    [InlineData("https://x.com.evil.example/user/status/1798765432101234567")]
    [InlineData("https://x.com/user/status/123abc")]
    [InlineData("https://www.instagram.com/alofoq/")]
    [InlineData("https://www.tiktok.com/@alofoq")]
    [InlineData("https://maps.google.com.evil.example/maps?q=x")]
    [InlineData("https://www.google.com/search?q=maps")]
    [InlineData("https://www.facebook.com/sharer/sharer.php?u=https://evil.example")]
    [InlineData("https://example.com/video.mp4")]
    [InlineData("ftp://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    public void LookalikesOtherPagesAndOtherSchemesAreRefused(string url) => Assert.Null(Embeds.Recognise(url));

    [Fact]
    public void ALinkAloneOnItsLineBecomesAFacadeAndALinkInASentenceStaysALink()
    {
        var html = new MarkdownRenderer().ToHtml(
            "شاهد المقطع:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s\n\nأو [المقطع نفسه](https://www.youtube.com/watch?v=dQw4w9WgXcQ) في جملة.\n\nhttps://example.com/page");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var facade = Assert.Single(document.QuerySelectorAll("figure.embed"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", facade.GetAttribute("data-embed"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s", facade.QuerySelector("a.embed__link")!.GetAttribute("href"));
        Assert.Contains("يوتيوب", facade.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("iframe"));   // nothing from the provider until a click
        Assert.Equal("المقطع نفسه", document.QuerySelector("p a")!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='https://example.com/page']"));
    }

    [Fact]
    public async Task TheArticlePageShowsTheFacadeAndItsPolicyAllowsExactlyTheProvidersFrames()
    {
        var story = await factory.AddArticleAsync("خبر فيه مقطع", "قبل المقطع.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nبعده.");

        using var response = await factory.CreateClient().GetAsync(NewsSite.Web.Urls.SiteUrls.Article(story));
        var page = await response.ParseAsync();

        Assert.NotNull(page.QuerySelector(".article__body figure.embed--youtube[data-embed]"));
        Assert.NotNull(page.QuerySelector("script[src*='embeds']"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var frames = policy.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("frame-src", StringComparison.Ordinal));
        Assert.Equal("frame-src " + string.Join(' ', Embeds.FrameOrigins), frames);
    }
}
