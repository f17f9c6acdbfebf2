namespace NewsSite.Web.Models;

// Which node runs a background job that must run once across nodes (scheduled publishing, webhooks), until when.
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
