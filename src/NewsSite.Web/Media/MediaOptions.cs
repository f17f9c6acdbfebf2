using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Media;

public sealed class MediaOptions
{
    public const string SectionName = "NewsSite:Media";

    // Uploaded pictures and their renditions, served at /media; a relative path is taken against the content root.
    [Required]
    public string Path { get; set; } = "App_Data/media";

    // The largest picture accepted; the form reader stops a bigger request before it is read into memory.
    [Range(100_000, 100_000_000)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    // Where the pictures are kept: Local (the folder above) or S3 (a bucket every node sees; NewsSite:Media:S3).
    public MediaStoreKind Store { get; set; } = MediaStoreKind.Local;

    public S3MediaOptions S3 { get; set; } = new();

    // Where social cards (1200×630 and Google's crops) are cached once made; relative to the content root.
    [Required]
    public string CardsPath { get; set; } = "App_Data/cards";
}

public enum MediaStoreKind
{
    Local,
    S3,
}
