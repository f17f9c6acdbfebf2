namespace NewsSite.Web.Models;

// How often an article was shared to one network through its counted short link.
public sealed class ArticleShareCount
{
    public int ArticleId { get; set; }
    public ShareNetwork Network { get; set; }
    public long Count { get; set; }
}
