using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;

namespace NewsSite.Web.Pages;

// Everything the article template needs; the reader page, the staff preview and the editor's live preview all
// render _ArticleView with one of these, so what editors preview is what readers get.
public sealed record ArticleView(Article Article, long Views, long Shares, string GoogleNewsUrl, IReadOnlyList<ArticleCard> Related)
{
    // The share bar's links; none in previews (a draft has nothing to share yet).
    public ShareLinks? Share { get; init; }

    public IReadOnlyList<ArticleCard> MoreByAuthor { get; init; } = [];

    // "الأكثر قراءة" in the last 24 hours (none in previews).
    public IReadOnlyList<ArticleCard> MostRead { get; init; } = [];

    // The staff preview and the editor's live preview: stored counts, nothing related, no share bar.
    public static ArticleView Preview(Article article, SiteOptions site) =>
        new(article, article.ViewCount, article.ShareCount, GoogleNewsOf(article, site), []);

    // The section's own Google News page, or the paper's.
    public static string GoogleNewsOf(Article article, SiteOptions site) => article.Section.GoogleNewsUrl ?? site.GoogleNewsUrl ?? "";

    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(Article.WordCount / 200.0));

    // "أخبار العالم" stays as it is; "اقتصاد" reads "أخبار اقتصاد", as in the seed's follow line.
    public string SectionNews => Article.Section.Name.StartsWith("أخبار", StringComparison.Ordinal)
        ? Article.Section.Name
        : "أخبار " + Article.Section.Name;
}

// The live updates partial's model: the updates, newest first, and the story they belong to (null in previews,
// which have nothing to share yet).
public sealed record LiveUpdateList(IReadOnlyList<LiveUpdate> Updates, ShareableArticle? Article);
