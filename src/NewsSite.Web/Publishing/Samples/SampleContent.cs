namespace NewsSite.Web.Publishing.Samples;

// The shape of Publishing/Samples/articles.json (an embedded resource).
internal sealed record SampleContent(List<SampleSection> Sections, List<SampleAuthor> Authors, List<SampleArticle> Articles);

internal sealed record SampleSection(string Slug, string Name, int Order, string? GoogleNewsUrl);

internal sealed record SampleAuthor(string Slug, string Name, string Bio, string? Photo);

internal sealed record SampleArticle(
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
