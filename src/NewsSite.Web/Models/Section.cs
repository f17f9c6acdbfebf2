namespace NewsSite.Web.Models;

public sealed class Section
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int DisplayOrder { get; set; }
    public string? GoogleNewsUrl { get; set; }
    public List<Article> Articles { get; set; } = [];
}
