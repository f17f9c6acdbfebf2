namespace NewsSite.Web.Models;

// A dated note at the foot of a story saying what was corrected; made by a save marked as a correction.
public sealed class Correction
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Note { get; set; }
}
