namespace NewsSite.Web.Models;

// Reader views of one story in one hour (UTC), for "الأكثر قراءة" over the last 24 hours; kept for a week.
public sealed class ArticleViewCount
{
    public int ArticleId { get; set; }
    public DateTime HourUtc { get; set; }
    public long Views { get; set; }
}
