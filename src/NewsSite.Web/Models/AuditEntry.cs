namespace NewsSite.Web.Models;

public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public required string Action { get; set; }
    public int? ArticleId { get; set; }
    public string Details { get; set; } = "";
}
