namespace NewsSite.Web.Models;

// A search that found nothing, by its normalized words (never who searched): what readers look for and don't find.
public sealed class SearchMiss
{
    public required string Query { get; set; }
    public long Count { get; set; }
    public DateTime FirstAtUtc { get; set; }
    public DateTime LastAtUtc { get; set; }
}
