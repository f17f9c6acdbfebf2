namespace NewsSite.Web.Models;

// One timestamped entry of a live story, newest first on the page, each with its own anchor (#update-{Id}).
public sealed class LiveUpdate
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime PostedAtUtc { get; set; }
    public required string BodyMarkdown { get; set; }
    public string BodyHtml { get; set; } = "";
    public string PostedByName { get; set; } = "";
}
