namespace NewsSite.Web.Data;

// What a listing needs of an article: no body, no tracking.
public sealed record ArticleCard(
    int Id,
    string Title,
    string Standfirst,
    string Slug,
    string? ImagePath,
    int? ImageWidth,
    int? ImageHeight,
    string ImageAlt,
    DateTime PublishedAtUtc,
    string SectionName,
    string SectionSlug,
    IReadOnlyList<string> Authors,
    bool IsLive);
