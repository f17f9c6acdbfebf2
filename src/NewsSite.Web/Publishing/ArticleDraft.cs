using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// What the editor form submits, and what a restored revision brings back: the content, where the story is filed and
// the slug asked for. The workflow turns it into the article (rendered body, unique slug, resolved tags).
public sealed record ArticleDraft(ArticleContent Content, string Slug, int SectionId, int AuthorId, IReadOnlyList<string> Tags)
{
    public static ArticleDraft Of(Article article) =>
        new(article.Content, article.Slug, article.SectionId, article.AuthorId, [.. article.Tags.Select(t => t.Name)]);

    public static ArticleDraft Of(ArticleRevision revision) =>
        new(revision.Content, revision.Slug, revision.SectionId, revision.AuthorId, SplitTags(revision.Tags));

    // "دبي، الاقتصاد, الطاقة" → three names: Arabic and Latin commas and new lines separate.
    public static IReadOnlyList<string> SplitTags(string tags) =>
        [.. tags.Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static string JoinTags(IEnumerable<string> names) => string.Join("، ", names);
}
