namespace NewsSite.Web.Data.Seed;

// The shape of Data/Seed/articles.json (an embedded resource: the app never reads ../shared at run time).
internal sealed record SeedContent(List<SeedSection> Sections, List<SeedAuthor> Authors, List<SeedArticle> Articles);

internal sealed record SeedSection(string Slug, string Name, int Order, string? GoogleNewsUrl);

internal sealed record SeedAuthor(string Slug, string Name, string Bio, string? Photo);

internal sealed record SeedArticle(
    string Title,
    string Standfirst,
    string Section,
    string Author,
    List<string> Tags,
    DateTimeOffset PublishedAt,
    string Image,
    string ImageAlt,
    string ImageCaption,
    string ImageCredit,
    string Body);
