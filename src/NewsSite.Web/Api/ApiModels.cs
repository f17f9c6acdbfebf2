namespace NewsSite.Web.Api;

// What the content API answers (JSON, camelCase). Times are UTC; every url is absolute (NewsSite:PublicBaseUrl).
public sealed record StorySummary(
    int Id, string Title, string Standfirst, string Url, DateTime PublishedAt, SectionRef Section,
    IReadOnlyList<string> Authors, string? Image, bool IsLive);

public sealed record Story(
    int Id, string Title, string Standfirst, string Url, string ShortUrl, string Status, DateTime? PublishedAt, DateTime? ModifiedAt,
    SectionRef Section, IReadOnlyList<AuthorRef> Authors, string Credit, IReadOnlyList<TagRef> Tags,
    ImageRef? Image, string BodyHtml, string BodyText, bool IsLive, IReadOnlyList<CorrectionRef> Corrections);

public sealed record SectionRef(string Slug, string Name, string Url);

public sealed record TagRef(string Slug, string Name, string Url);

public sealed record AuthorRef(string Slug, string Name, string Url, string JobTitle);

public sealed record ImageRef(string Url, int? Width, int? Height, string Alt, string Caption, string Credit);

public sealed record CorrectionRef(DateTime At, string Note);

public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages, string? Next, string? Previous);
