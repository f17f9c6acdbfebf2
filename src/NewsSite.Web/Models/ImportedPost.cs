namespace NewsSite.Web.Models;

// A post brought over from WordPress: which story it became, and the address it had there (kept so old links and
// search results land on the story: a permanent redirect). A post imported once is never imported again.
public sealed class ImportedPost
{
    public int Id { get; set; }
    public required string Identifier { get; set; }   // WordPress's <guid>, unique per post across sites
    public long WordPressId { get; set; }            // for /?p=123 links
    public required string OldPath { get; set; }    // the permalink's path, decoded, without its trailing slash
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public DateTime ImportedAtUtc { get; set; }
}
