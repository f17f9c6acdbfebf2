namespace NewsSite.Web.Models;

// A story an editor placed on a front: the home page (SectionId null) or a section's page. Position 0 is the lead;
// a slot past its expiry, or whose story is no longer published, is empty and filled with the newest story.
public sealed class FrontSlot
{
    public int Id { get; set; }
    public int? SectionId { get; set; }
    public int Position { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public DateTime? ExpiresAtUtc { get; set; }
}
