using System.Globalization;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Media;

// How library pictures are named: {hash}.jpg is the clean full-size copy, {hash}-{width}.{jpg|webp} its renditions.
// The hash is the first 32 hex digits of the upload's SHA-256, so a name never changes and can be cached for ever.
public static class MediaFiles
{
    public const int HashLength = 32;
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    public static string Master(string hash) => $"{hash}.jpg";

    public static string Rendition(string hash, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{hash}-{width}.{extension}");

    public static string MasterUrl(string hash) => SiteUrls.Media(Master(hash));

    public static string RenditionUrl(string hash, int width, string extension) => SiteUrls.Media(Rendition(hash, width, extension));

    // "/media/{hash}.jpg" → hash, and only for a well-formed hash; anything else (seed pictures under /img) is not from
    // the library and has no renditions.
    public static string? HashOf(string? path)
    {
        var prefix = SiteUrls.MediaRoot + "/";
        if (path is null || !path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(".jpg", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = path[prefix.Length..^4];
        return IsHash(hash) ? hash : null;
    }

    public static bool IsHash(string value) => value.Length == HashLength && value.All(char.IsAsciiHexDigitLower);

    // A name the library writes: {hash}.jpg or {hash}-{width}.{jpg|webp} for one of the widths.
    public static bool IsFileName(string name) =>
        name.Length > HashLength && IsHash(name[..HashLength])
        && (name[HashLength..] == ".jpg" || Widths.Any(w => name[HashLength..] == Rendition("", w, "jpg") || name[HashLength..] == Rendition("", w, "webp")));

    public static string SrcSet(string hash, string extension) =>
        string.Join(", ", Widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{RenditionUrl(hash, w, extension)} {w}w")));

    // A relative folder setting is taken against the content root; the folder is created.
    public static string ResolveFolder(string path, string contentRoot)
    {
        var folder = Path.GetFullPath(path, contentRoot);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
