using NewsSite.Web.Models;

namespace NewsSite.Web.Sharing;

// What share links need of an article: no body, so a short-link redirect reads one small row.
public sealed record ShareableArticle(int Id, string Slug, string Title, string Standfirst, string? ImagePath, string ShortCode)
{
    public static ShareableArticle? From(Article article) =>
        article.ShortCode is null
            ? null
            : new(article.Id, article.Slug, article.Content.Title, article.Content.Standfirst, article.Content.ImagePath, article.ShortCode);
}

internal static class ShareableArticleQueries
{
    public static IQueryable<ShareableArticle> ToShareable(this IQueryable<Article> articles) =>
        articles.Where(a => a.ShortCode != null)
            .Select(a => new ShareableArticle(a.Id, a.Slug, a.Content.Title, a.Content.Standfirst, a.Content.ImagePath, a.ShortCode!));
}
