namespace NewsSite.Web.Media;

// What _Picture renders: a <picture> with WebP and JPEG renditions for stored media, a plain <img> otherwise.
public sealed record Picture(string Path, string Alt, int? Width, int? Height, string Sizes, string? CssClass = null, bool Eager = false);
