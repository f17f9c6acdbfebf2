using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// What the editor form submits, and what a restored revision brings back: the content, where the story is filed and
// the slug asked for. The workflow turns it into the article (rendered body, unique slug, resolved tags).
// AuthorIds are the bylines in order ("بقلم أ و ب").
public sealed record ArticleDraft(ArticleContent Content, string Slug, int SectionId, IReadOnlyList<int> AuthorIds, IReadOnlyList<string> Tags)
{
    // A live story: timestamped updates are added to it while it is live.
    public bool IsLive { get; init; }

    public static ArticleDraft Of(Article article) =>
        new(article.Content, article.Slug, article.SectionId, BylineIds(article), [.. article.Tags.Select(t => t.Name)]) { IsLive = article.IsLive };

    public static ArticleDraft Of(ArticleRevision revision) =>
        new(revision.Content, revision.Slug, revision.SectionId, ParseBylines(revision.Bylines, revision.AuthorId), SplitTags(revision.Tags));

    public static IReadOnlyList<int> BylineIds(Article article) =>
        article.Bylines.Count == 0 ? [article.AuthorId] : [.. article.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId)];

    // "3,7" → [3, 7]; a revision from before bylines has only its AuthorId.
    public static IReadOnlyList<int> ParseBylines(string bylines, int authorId)
    {
        var ids = bylines.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        return ids.Count > 0 ? ids : [authorId];
    }

    // "دبي، الاقتصاد, الطاقة" → three names: Arabic and Latin commas and new lines separate.
    public static IReadOnlyList<string> SplitTags(string tags) =>
        [.. tags.Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static string JoinTags(IEnumerable<string> names) => string.Join("، ", names);
}
