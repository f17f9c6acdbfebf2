using System.Buffers.Binary;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using SkiaSharp;

namespace NewsSite.Tests.Media;

// Files that are not what they claim, or are built to hurt: each is refused with an Arabic message, and nothing is
// written to the media folder or the library table.
public sealed class UploadAbuseTests(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "script", "photo.jpg", "image/jpeg", "الملف ليس صورة صالحة" },
        { "html", "page.png", "image/png", "الملف ليس صورة صالحة" },
        { "svg", "logo.svg", "image/svg+xml", "الملف ليس صورة صالحة" },
        { "svg-as-jpeg", "logo.jpg", "image/jpeg", "الملف ليس صورة صالحة" },
        { "png-polyglot", "poly.png", "image/png", "الملف ليس صورة صالحة" },
        { "gif", "anim.gif", "image/gif", "الملف ليس صورة صالحة" },
        { "jpeg-bomb", "bomb.jpg", "image/jpeg", "أبعاد الصورة كبيرة جداً" },
        { "truncated", "half.jpg", "image/jpeg", "الملف تالف أو ناقص" },
        { "oversized", "huge.jpg", "image/jpeg", "حجم الملف أكبر من الحد المسموح" },
        { "empty", "empty.jpg", "image/jpeg", "الملف فارغ" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task HostileFilesAreRefusedAndNothingIsStored(string kind, string fileName, string contentType, string message)
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var (files, items) = await StoredAsync();

        using var response = await MediaUploads.UploadAsync(editor, Build(kind), fileName, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((files, items), await StoredAsync());
    }

    // A path in the name is a label only: files are named by their hash, so the name reaches no folder, and the label
    // keeps only the last part.
    [Theory]
    [InlineData("../../../../tmp/evil.jpg", "evil.jpg")]
    [InlineData("..\\..\\windows\\win.ini.jpg", "win.ini.jpg")]
    [InlineData("C:\\Users\\editor\\صورة الميناء.jpg", "صورة الميناء.jpg")]
    public async Task APathInTheFileNameReachesNoFolder(string fileName, string label)
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var before = Directory.GetFiles(Path.GetTempPath(), "evil.jpg").Length;

        var unique = TestImages.Jpeg(320, 200, [new SKColor((uint)Random.Shared.Next()).WithAlpha(255), SKColors.White]);
        using var response = await MediaUploads.UploadAsync(editor, unique, fileName, "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.WithDbAsync(db => db.MediaItems.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal(label, item.OriginalFileName);
        Assert.All(Directory.GetFiles(factory.MediaPath), f => Assert.StartsWith(factory.MediaPath, Path.GetFullPath(f), StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "evil.jpg").Length);
    }

    private async Task<(int Files, int Items)> StoredAsync() =>
        (Directory.Exists(factory.MediaPath) ? Directory.GetFiles(factory.MediaPath).Length : 0,
         await factory.WithDbAsync(db => db.MediaItems.CountAsync()));

    private static byte[] Build(string kind) => kind switch
    {
        "script" => Encoding.UTF8.GetBytes("<script>alert(document.cookie)</script>"),
        "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body onload=alert(1)></body></html>"),
        "svg" or "svg-as-jpeg" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\" height=\"9\"/></svg>"),
        // The PNG signature and a header chunk, then HTML where the picture data should be.
        "png-polyglot" => [.. Picture(200, SKEncodedImageFormat.Png)[..33], .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")],
        "gif" => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"),
        "jpeg-bomb" => Bomb(),
        "truncated" => TestImages.Jpeg(800, 600) is var whole ? whole[..(whole.Length / 2)] : [],
        "oversized" => [.. Picture(100), .. new byte[250_000]],
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Picture(int seed, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(320, 200);
        bitmap.Erase(new SKColor((byte)seed, 90, 120));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 85);
        return data.ToArray();
    }

    // A real JPEG whose frame header claims 65,000 × 65,000 pixels.
    private static byte[] Bomb()
    {
        var bytes = Picture(7);
        for (var i = 2; i < bytes.Length - 9; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), 65000);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), 65000);
                break;
            }
        }

        return bytes;
    }
}
