namespace NewsSite.Web.Models;

// The "عاجل" banner on every reader page while it is on and not expired. One row: the newest is the banner.
public sealed class BreakingNews
{
    public int Id { get; set; }
    public required string Headline { get; set; }

    // A page of this site (/articles/…) or an https address; none for a headline alone.
    public string? Link { get; set; }
    public bool IsOn { get; set; }
    public DateTime? ExpiresAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedByName { get; set; } = "";
}
