namespace NewsSite.Web.Publishing;

// Absolute URLs come from the configured public address, never from the request's Host header.
public static class PublicUrls
{
    public static string Absolute(this SiteOptions site, string path) =>
        path.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? path
            : site.PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
