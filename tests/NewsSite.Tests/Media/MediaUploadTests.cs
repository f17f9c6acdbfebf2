using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Publishing;
using SkiaSharp;
using NewsSite.Web.Media;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Media;

public sealed class SmallUploadLimitFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Media:MaxUploadBytes", "200000");
    }
}

public sealed class MediaUploadTests(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    private const string Secret = "GPS-SECRET-LOCATION-24.4539N-54.3773E";

    // A real JPEG with an EXIF block that carries a "location" a camera would leave behind.
    private static byte[] JpegWithExif(int width = 800, int height = 600)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(11, 92, 90));
            using var paint = new SKPaint { Color = new SKColor(200, 162, 74) };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        var payload = Encoding.ASCII.GetBytes("Exif\0\0" + Secret);
        var segment = new byte[] { 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF) }.Concat(payload);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    [Fact]
    public async Task AValidImageIsStoredCleanWithRenditionsAndServedImmutable()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var original = JpegWithExif();
        Assert.Contains(Secret, Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        using var uploaded = await MediaUploads.UploadAsync(editor, original, "camera-photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var item = await factory.WithDbAsync(db => db.MediaItems.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal((800, 600, "jpeg"), (item.Width, item.Height, item.Format));

        var anonymous = factory.CreateClient();
        using var master = await anonymous.GetAsync(MediaFiles.MasterUrl(item.Hash));
        Assert.Equal(HttpStatusCode.OK, master.StatusCode);
        Assert.Equal("image/jpeg", master.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", master.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), master.Headers.CacheControl.MaxAge);
        Assert.Equal("nosniff", master.Headers.GetValues("X-Content-Type-Options").Single());
        var stored = await master.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain(Secret, Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);

        foreach (var rendition in new[] { $"/media/{item.Hash}-480.webp", $"/media/{item.Hash}-960.jpg", $"/media/{item.Hash}-1600.webp" })
        {
            using var response = await anonymous.GetAsync(rendition);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(Secret, Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        using var small = SKBitmap.Decode(await anonymous.GetByteArrayAsync($"/media/{item.Hash}-480.jpg"));
        Assert.Equal((480, 360), (small.Width, small.Height));

        // The link-preview card of a story using the picture comes from the one social-card pipeline (Media/SocialCards).
        var story = await factory.AddArticleAsync("خبر بصورة من المكتبة", "نص", a => a.Content = a.Content with { ImagePath = MediaFiles.MasterUrl(item.Hash) });
        using var card = SKBitmap.Decode(await anonymous.GetByteArrayAsync(SiteUrls.SocialCard(story.Id)));
        Assert.Equal((1200, 630), (card.Width, card.Height));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/media/{item.Hash}-social.jpg")).StatusCode);
    }

    [Fact]
    public async Task ARenamedNonImageIsRefusedWithAnArabicMessage()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await MediaUploads.UploadAsync(editor, Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?> not a picture"), "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("الملف ليس صورة صالحة", (await response.ParseAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.MediaItems.CountAsync(m => m.OriginalFileName == "photo.jpg")));
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedWithAnArabicMessage()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var big = new byte[300_000];
        Random.Shared.NextBytes(big);

        using var response = await MediaUploads.UploadAsync(editor, big, "huge.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("حجم الملف أكبر من الحد المسموح", (await response.ParseAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APictureUploadedInTheEditorIsShownToReadersWithResponsiveRenditions()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var form = (IHtmlFormElement)(await editor.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("#article-form")!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Title"] = "خبر بصورة مرفوعة",
            ["Input.BodyMarkdown"] = "نص الخبر",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
            ["Input.ImageAlt"] = "دائرة ذهبية على خلفية خضراء",
            ["Input.ImageCredit"] = "وكالات",
            ["action"] = "Publish",
        })
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(JpegWithExif(1000, 700));
        file.Headers.ContentType = new("image/jpeg");
        content.Add(file, "upload", "editor.jpg");
        using var response = await editor.PostAsync("/Admin/Articles/Edit", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Content.Title == "خبر بصورة مرفوعة"));
        Assert.StartsWith("/media/", article.Content.ImagePath, StringComparison.Ordinal);
        Assert.Equal((1000, 700), (article.Content.ImageWidth, article.Content.ImageHeight));
        var page = await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(article));
        var picture = page.QuerySelector("figure picture")!;
        Assert.Contains("-960.webp 960w", picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("دائرة ذهبية على خلفية خضراء", picture.QuerySelector("img")!.GetAttribute("alt"));
        Assert.NotNull(picture.QuerySelector("img")!.GetAttribute("sizes"));

        // The link preview card is cut from the uploaded picture too.
        var ogImage = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
        using var card = SKBitmap.Decode(await factory.CreateClient().GetByteArrayAsync(ogImage.PathAndQuery));
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }
}
