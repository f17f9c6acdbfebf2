using System.Text.Json.Serialization;

namespace NewsSite.Web.Sharing;

// schema.org NewsArticle as Google's Article structured data documents it (headline, image, datePublished,
// dateModified, author with name and url), plus publisher and mainEntityOfPage. Serialized, never concatenated.
internal sealed record NewsArticleJsonLd(
    string Headline,
    string? Description,
    IReadOnlyList<string>? Image,
    string DatePublished,
    string DateModified,
    IReadOnlyList<PersonJsonLd> Author,
    OrganizationJsonLd Publisher,
    WebPageJsonLd MainEntityOfPage,
    string Url,
    string ArticleSection,
    IReadOnlyList<string> Keywords,
    string InLanguage)
{
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-2)]
    public string Context { get; init; } = "https://schema.org";

    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "NewsArticle";

    // A live story is a LiveBlogPosting: when its coverage ran, and its updates.
    public string? CoverageStartTime { get; init; }

    public string? CoverageEndTime { get; init; }

    public IReadOnlyList<BlogPostingJsonLd>? LiveBlogUpdate { get; init; }
}

internal sealed record BlogPostingJsonLd(string Headline, string DatePublished, string ArticleBody, string Url)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "BlogPosting";
}

internal sealed record PersonJsonLd(string Name, string Url)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Person";
}

internal sealed record OrganizationJsonLd(string Name, string Url, ImageObjectJsonLd Logo)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Organization";
}

internal sealed record ImageObjectJsonLd(string Url)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "ImageObject";
}

internal sealed record WebPageJsonLd([property: JsonPropertyName("@id")] string Id)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "WebPage";
}
