namespace NewsSite.Web.Models;

public sealed class Section
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int DisplayOrder { get; set; }
    public string? GoogleNewsUrl { get; set; }

    // Under the section's name on its page, and its meta description.
    public string Description { get; set; } = "";

    // Out of the navigation and the home page; its page and feeds still answer.
    public bool IsHidden { get; set; }
    public List<Article> Articles { get; set; } = [];
}
