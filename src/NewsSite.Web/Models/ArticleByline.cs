namespace NewsSite.Web.Models;

// One name in a story's byline, in order ("بقلم أ و ب"); Position 0 is also the story's AuthorId.
public sealed class ArticleByline
{
    public int ArticleId { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
}
