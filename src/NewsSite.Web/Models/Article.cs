namespace NewsSite.Web.Models;

public sealed class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Standfirst { get; set; } = "";
    public required string Slug { get; set; }

    // The /s/{code} short link; given to every article when it is first saved (Sharing/ShortCodes).
    public string? ShortCode { get; set; }
    public required string BodyMarkdown { get; set; }

    // Rendered once when the body is saved, so readers never pay for Markdown parsing.
    public string BodyHtml { get; set; } = "";
    public int WordCount { get; set; }

    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public List<Tag> Tags { get; set; } = [];

    public string? ImagePath { get; set; }
    public int? ImageWidth { get; set; }
    public int? ImageHeight { get; set; }
    public string ImageAlt { get; set; } = "";
    public string ImageCaption { get; set; } = "";
    public string ImageCredit { get; set; } = "";

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    public ArticleStatus Status { get; set; }
    public DateTime? ScheduledAtUtc { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
    public string? CreatedById { get; set; }

    // Optimistic concurrency: bumped on every editor save; a save carrying an older value is a conflict.
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }

    public long ViewCount { get; set; }
    // The total over all networks; the per-network figures are in ArticleShareCount.
    public long ShareCount { get; set; }
}
