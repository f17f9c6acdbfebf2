using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// One canonical, percent-encoded form of every reader URL, used in links, redirects and (later) feeds and shares.
public static class ArticleLinks
{
    public static string Path(Article article) => Path(article.Id, article.Slug);

    public static string Path(int id, string slug) => $"/articles/{id}/{Uri.EscapeDataString(slug)}";

    public static string Section(string slug) => $"/sections/{Uri.EscapeDataString(slug)}";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";
}
