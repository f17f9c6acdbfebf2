namespace NewsSite.Web.Models;

// A snapshot of what an editor saved: every save stores one, and any one can be restored.
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string Title { get; set; }
    public string Standfirst { get; set; } = "";
    public required string Slug { get; set; }
    public required string BodyMarkdown { get; set; }
    public int SectionId { get; set; }
    public int AuthorId { get; set; }
    public string Tags { get; set; } = "";
    public string? ImagePath { get; set; }
    public string ImageAlt { get; set; } = "";
    public string ImageCaption { get; set; } = "";
    public string ImageCredit { get; set; } = "";
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public ArticleStatus Status { get; set; }
    public string? SavedById { get; set; }
    public string SavedByName { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }
}
