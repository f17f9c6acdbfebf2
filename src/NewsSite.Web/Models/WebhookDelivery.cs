namespace NewsSite.Web.Models;

// One announcement (story.published, story.updated, story.unpublished) to one subscriber, kept until it is delivered
// or given up on, and afterwards as the delivery log editors read in the admin area.
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public required string Subscriber { get; set; }
    public required string Event { get; set; }
    public int ArticleId { get; set; }
    public required string Payload { get; set; }
    public WebhookDeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }   // null once delivered or given up
    public DateTime? LastAttemptAtUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}

public enum WebhookDeliveryState
{
    Pending,
    Delivered,
    Failed,
    Skipped,   // an event the subscriber did not ask for: never sent, kept so the next event is judged right

}
