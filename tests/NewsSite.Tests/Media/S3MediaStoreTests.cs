using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Media;
using NewsSite.Web.Urls;
using SkiaSharp;

namespace NewsSite.Tests.Media;

// The site with its pictures in a bucket of an S3-compatible server, under a prefix of its own.
public sealed class S3MediaFactory : NewsSiteFactory
{
    public string Prefix { get; } = $"tests/{Guid.NewGuid():N}/";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (TestServers.S3 is { } endpoint)
        {
            builder.UseSetting("NewsSite:Media:Store", "S3");
            builder.UseSetting("NewsSite:Media:S3:ServiceUrl", endpoint);
            builder.UseSetting("NewsSite:Media:S3:Bucket", TestServers.S3Bucket);
            builder.UseSetting("NewsSite:Media:S3:AccessKey", TestServers.S3Key);
            builder.UseSetting("NewsSite:Media:S3:SecretKey", TestServers.S3Key);
            builder.UseSetting("NewsSite:Media:S3:Prefix", Prefix);
        }
    }
}

public sealed class S3MediaStoreTests(S3MediaFactory factory) : IClassFixture<S3MediaFactory>
{
    [S3Fact]
    public async Task AnUploadGoesToTheBucketAndIsServedFromItWithItsRenditionsAndCard()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var uploaded = await MediaUploads.UploadAsync(editor, TestImages.Jpeg(1000, 750), "مرفأ.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var item = await factory.WithDbAsync(db => db.MediaItems.OrderByDescending(m => m.Id).FirstAsync());

        // In the bucket, under the site's prefix; nothing in the local folder.
        using (var s3 = new AmazonS3Client(new BasicAWSCredentials(TestServers.S3Key, TestServers.S3Key),
            new AmazonS3Config { ServiceURL = TestServers.S3, ForcePathStyle = true }))
        {
            using var master = await s3.GetObjectAsync(TestServers.S3Bucket, factory.Prefix + MediaFiles.Master(item.Hash));
            Assert.Equal(HttpStatusCode.OK, master.HttpStatusCode);
        }

        Assert.False(Directory.Exists(factory.MediaPath) && Directory.EnumerateFiles(factory.MediaPath, item.Hash + "*").Any());

        var reader = factory.CreateClient();
        foreach (var (name, type) in new[] { (MediaFiles.Master(item.Hash), "image/jpeg"), ($"{item.Hash}-480.webp", "image/webp"), ($"{item.Hash}-960.jpg", "image/jpeg") })
        {
            using var response = await reader.GetAsync(SiteUrls.Media(name));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            using var picture = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.NotNull(picture);
        }

        // Only names the library writes are read from the bucket.
        foreach (var name in new[] { $"{item.Hash}-123.jpg", $"{item.Hash}.png", "health-probe", $"{new string('a', 32)}.jpg" })
        {
            using var response = await reader.GetAsync(SiteUrls.Media(name));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // A story's link-preview card is made from the picture in the bucket.
        var story = await factory.AddArticleAsync("خبر بصورة في الحاوية", "نص", a => a.Content = a.Content with { ImagePath = MediaFiles.MasterUrl(item.Hash) });
        using var card = SKBitmap.Decode(await reader.GetByteArrayAsync(SiteUrls.SocialCard(story.Id)));
        Assert.Equal((1200, 630), (card.Width, card.Height));

        using var ready = await reader.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("bucket reachable", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
