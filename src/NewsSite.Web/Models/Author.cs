namespace NewsSite.Web.Models;

public sealed class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Bio { get; set; } = "";
    public string? PhotoPath { get; set; }
    public List<Article> Articles { get; set; } = [];
}
