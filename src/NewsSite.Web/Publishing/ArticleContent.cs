namespace NewsSite.Web.Publishing;

// What an editor writes; the workflow turns it into an Article (rendered body, tags, unique slug).
public sealed record ArticleContent(
    string Title,
    string Standfirst,
    string Slug,
    string BodyMarkdown,
    int SectionId,
    int AuthorId,
    IReadOnlyList<string> Tags,
    string? ImagePath,
    int? ImageWidth,
    int? ImageHeight,
    string ImageAlt,
    string ImageCaption,
    string ImageCredit,
    string? SeoTitle,
    string? SeoDescription);
