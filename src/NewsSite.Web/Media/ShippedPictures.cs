namespace NewsSite.Web.Media;

// Pictures the site ships (wwwroot/img/seed: the sample newsroom's, 1600 wide) come with their renditions made once
// and kept beside them, as the library makes them for uploads: name-480.jpg, name-960.jpg and name-480/960/1600.webp
// (name.jpg is the 1600 JPEG). So a phone downloads a 15 kB WebP, not the 130 kB original.
public static class ShippedPictures
{
    private const string Folder = "/img/seed/";

    public static bool Has(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(".jpg", StringComparison.Ordinal)
        && path.AsSpan(Folder.Length, path.Length - Folder.Length - 4).IndexOfAny('-', '/') < 0;

    public static string Url(string path, int width, string extension) =>
        extension == "jpg" && width == MediaFiles.Widths[^1]
            ? path
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path[..^4]}-{width}.{extension}");

    public static string SrcSet(string path, string extension) =>
        string.Join(", ", MediaFiles.Widths.Select(w => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Url(path, w, extension)} {w}w")));
}
