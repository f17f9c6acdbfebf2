namespace NewsSite.Web.Models;

// A snapshot of what an editor saved: every save stores one, and any one can be restored.
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public ArticleContent Content { get; set; } = new();
    public required string Slug { get; set; }
    public int SectionId { get; set; }
    public int AuthorId { get; set; }

    // Every byline's author id in order, "3,7" (AuthorId is the first).
    public string Bylines { get; set; } = "";

    // Tag names as the editor typed them, joined by "، ".
    public string Tags { get; set; } = "";
    public ArticleStatus Status { get; set; }
    public ChangeKind ChangeKind { get; set; }
    public string? Note { get; set; }
    public string? SavedById { get; set; }
    public string SavedByName { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }
}
