using System.Net;
using Microsoft.AspNetCore.Hosting;
using SkiaSharp;

namespace NewsSite.Tests.Media;

// The app with a web root of its own holding a small test JPEG (the seed pictures may not be there yet).
public sealed class SocialCardFactory : NewsSiteFactory
{
    public string WebRoot { get; } = Path.Combine(Path.GetTempPath(), $"newssite-webroot-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.Combine(WebRoot, "img", "test"));
        File.WriteAllBytes(Path.Combine(WebRoot, "img", "test", "hero.jpg"), TestImages.Jpeg(480, 270));
        File.WriteAllText(Path.Combine(WebRoot, "img", "test", "broken.jpg"), "not a picture");
        base.ConfigureWebHost(builder);
        builder.UseWebRoot(WebRoot);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(WebRoot))   // Dispose and DisposeAsync both end here
        {
            Directory.Delete(WebRoot, recursive: true);
        }
    }
}

public sealed class SocialCardTests(SocialCardFactory factory) : IClassFixture<SocialCardFactory>
{
    [Theory]
    [InlineData("", 1200, 630)]
    [InlineData("/16x9", 1200, 675)]
    [InlineData("/4x3", 1200, 900)]
    [InlineData("/1x1", 1200, 1200)]
    public async Task RenditionsAreMadeOnFirstRequestAndCachedOnDisk(string name, int width, int height)
    {
        var article = await factory.AddArticleAsync("خبر بصورة للمعاينة", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/hero.jpg" });
        var url = $"/img/social/{article.Id}{name}.jpg";
        var client = factory.CreateClient();

        using var first = await client.GetAsync(url);
        var cached = Directory.GetFiles(factory.CardsPath, $"*-{width}x{height}.jpg");
        using var second = await client.GetAsync(url);

        first.EnsureSuccessStatusCode();
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType?.MediaType);
        using var image = SKBitmap.Decode(await first.Content.ReadAsByteArrayAsync());
        Assert.Equal(width, image.Width);
        Assert.Equal(height, image.Height);
        Assert.Single(cached);
        Assert.Equal(await File.ReadAllBytesAsync(cached[0]), await second.Content.ReadAsByteArrayAsync());
        Assert.Single(Directory.GetFiles(factory.CardsPath, $"*-{width}x{height}.jpg"));
    }

    [Fact]
    public async Task ArticlesSharingAHeroImageShareItsCachedRendition()
    {
        var one = await factory.AddArticleAsync("خبر أول بالصورة نفسها", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/hero.jpg" });
        var two = await factory.AddArticleAsync("خبر ثان بالصورة نفسها", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/hero.jpg" });
        var client = factory.CreateClient();

        var a = await client.GetByteArrayAsync($"/img/social/{one.Id}.jpg");
        var b = await client.GetByteArrayAsync($"/img/social/{two.Id}.jpg");

        Assert.Equal(a, b);
        Assert.Single(Directory.GetFiles(factory.CardsPath, "*-1200x630.jpg"));
    }

    [Fact]
    public async Task MissingUnreadableOrUnknownImagesAreNotFound()
    {
        var none = await factory.AddArticleAsync("خبر بلا صورة للمعاينة", "نص");
        var missing = await factory.AddArticleAsync("خبر بصورة مفقودة", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/missing.jpg" });
        var broken = await factory.AddArticleAsync("خبر بصورة تالفة", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/broken.jpg" });
        var escaping = await factory.AddArticleAsync("خبر بمسار خارج الجذر", "نص", a => a.Content = a.Content with { ImagePath = "/../../../etc/passwd" });
        var good = await factory.AddArticleAsync("خبر بصورة سليمة", "نص", a => a.Content = a.Content with { ImagePath = "/img/test/hero.jpg" });
        var client = factory.CreateClient();

        foreach (var url in new[]
        {
            $"/img/social/{none.Id}.jpg", $"/img/social/{missing.Id}.jpg", $"/img/social/{broken.Id}.jpg",
            $"/img/social/{escaping.Id}.jpg", $"/img/social/{good.Id}/2x1.jpg", "/img/social/987654.jpg",
        })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }
    }

    // MediaFiles.HashOf used to check only the prefix and suffix: "/media//…/x.jpg" read any .jpg on the server. Now
    // a library path must carry a well-formed hash of a stored item, whatever files lie in the folder.
    [Fact]
    public async Task OnlyPicturesTheLibraryHoldsBecomeCards()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"newssite-outside-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(outside, TestImages.Jpeg(300, 200));
        const string stray = "0123456789abcdef0123456789abcdef";
        Directory.CreateDirectory(factory.MediaPath);
        await File.WriteAllBytesAsync(Path.Combine(factory.MediaPath, stray + ".jpg"), TestImages.Jpeg(300, 200));   // no library row
        try
        {
            var paths = new[]
            {
                "/media/" + outside.TrimStart('/')[..^4] + ".jpg", "/media//" + outside.TrimStart('/'), "/media/../../" + outside.TrimStart('/'),
                $"/media/{stray}.jpg",
            };
            foreach (var path in paths)
            {
                var story = await factory.AddArticleAsync("خبر بمسار صورة مريب", "نص", a => a.Content = a.Content with { ImagePath = path });
                using var response = await factory.CreateClient().GetAsync($"/img/social/{story.Id}.jpg");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
            }
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
