namespace NewsSite.Web.Models;

// Changed only through Publishing/ArticleWorkflow, which keeps revisions, the audit trail and the search index in step.
public sealed class Article
{
    public int Id { get; set; }
    public ArticleContent Content { get; set; } = new();
    public required string Slug { get; set; }

    // The /s/{code} short link, given to every article when the workflow first saves it.
    public string? ShortCode { get; set; }

    // Rendered once when the body is saved, so readers never pay for Markdown parsing.
    public string BodyHtml { get; set; } = "";
    public int WordCount { get; set; }

    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;
    // The first byline; Bylines holds all of them in order.
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public List<ArticleByline> Bylines { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];

    public ArticleStatus Status { get; set; }
    public DateTime? ScheduledAtUtc { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
    public string? CreatedById { get; set; }

    // Optimistic concurrency: bumped on every save; a save carrying an older value is a conflict.
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }

    // When readers were last told the story changed (an update or a correction, never a minor fix): "آخر تحديث" and
    // dateModified. UpdatedAtUtc changes on every save.
    public DateTime? ModifiedAtUtc { get; set; }

    // A live story: timestamped updates (LiveUpdate) added while it is live, "مباشر" on its cards.
    public bool IsLive { get; set; }
    public List<LiveUpdate> LiveUpdates { get; set; } = [];
    public List<Correction> Corrections { get; set; } = [];

    public long ViewCount { get; set; }
    // The total over all networks; the per-network figures are in ArticleShareCount.
    public long ShareCount { get; set; }
}
