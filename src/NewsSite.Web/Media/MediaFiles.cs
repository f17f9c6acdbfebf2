using System.Globalization;

namespace NewsSite.Web.Media;

// The URL scheme of stored pictures: /media/{hash}.jpg is the clean full-size copy; renditions add the width slot.
public static class MediaFiles
{
    public const string RequestPath = "/media";
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];
    public const int SocialWidth = 1200;
    public const int SocialHeight = 630;

    public static string Master(string hash) => $"{RequestPath}/{hash}.jpg";

    public static string Rendition(string hash, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{RequestPath}/{hash}-{width}.{extension}");

    public static string Social(string hash) => $"{RequestPath}/{hash}-social.jpg";

    // "/media/{hash}.jpg" → hash; anything else (seed pictures under /img) has no renditions.
    public static string? HashOf(string? path) =>
        path is not null && path.StartsWith(RequestPath + "/", StringComparison.Ordinal) && path.EndsWith(".jpg", StringComparison.Ordinal)
            && !path.Contains('-', StringComparison.Ordinal)
            ? path[(RequestPath.Length + 1)..^4]
            : null;

    public static string SrcSet(string hash, string extension) =>
        string.Join(", ", Widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Rendition(hash, w, extension)} {w}w")));
}
