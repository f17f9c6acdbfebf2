namespace NewsSite.Web.Models;

// What a writer writes, as one value: the article holds the current one, every revision a past one, the editor form
// maps to and from it, and restoring a revision copies it whole. A new content field is added here, to the form and
// to a migration — nowhere else. (Where the story is filed — section, author, tags — and its slug live beside it.)
public sealed record ArticleContent
{
    public string Title { get; init; } = "";
    public string Standfirst { get; init; } = "";
    public string BodyMarkdown { get; init; } = "";

    // Free text beside the bylines: "وكالات"، "دبي - الأفق".
    public string Credit { get; init; } = "";

    // The lead picture: a site-relative path (/media/{hash}.jpg for the library, /img/… for the seed pictures).
    public string? ImagePath { get; init; }
    public int? ImageWidth { get; init; }
    public int? ImageHeight { get; init; }
    public string ImageAlt { get; init; } = "";
    public string ImageCaption { get; init; } = "";
    public string ImageCredit { get; init; } = "";

    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
}
