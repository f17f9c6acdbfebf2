namespace NewsSite.Web.Models;

// An uploaded picture. Its files are named by the SHA-256 of the original bytes, so the same upload twice is one item
// and every URL can be cached for ever.
public sealed class MediaItem
{
    public int Id { get; set; }
    public required string Hash { get; set; }
    public required string OriginalFileName { get; set; }
    public required string Format { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long SizeBytes { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedById { get; set; }
}
