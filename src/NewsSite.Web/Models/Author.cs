namespace NewsSite.Web.Models;

// A byline: a staff member's public profile (linked by UserId) or a contributor without an account.
public sealed class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // "مراسل الأفق في دبي", "محررة الشؤون الاقتصادية"
    public string JobTitle { get; set; } = "";
    public string Bio { get; set; } = "";

    // A picture from the media library (or /img): the author page and the byline show it.
    public string? PhotoPath { get; set; }
    public string? XHandle { get; set; }
    public string? InstagramHandle { get; set; }
    public string? FacebookUrl { get; set; }

    // The staff account this profile belongs to; a writer's own profile is their default byline.
    public string? UserId { get; set; }
    public List<Article> Articles { get; set; } = [];
}
