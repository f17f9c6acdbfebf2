using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

internal static class ArticleQueries
{
    // Also as expressions, for the compiled queries of the hottest statements (EF cannot compile a call to an
    // IQueryable extension of ours, but it inlines an expression read from a field).
    public static readonly Expression<Func<Article, bool>> IsPublished = a => a.Status == ArticleStatus.Published && a.PublishedAtUtc != null;

    // Cards as lists show them (no byline: one flat row per story, the cheapest statement to prepare and read).
    public static readonly Expression<Func<Article, ArticleCard>> Card = a => new ArticleCard(
        a.Id, a.Content.Title, a.Content.Standfirst, a.Slug, a.Content.ImagePath, a.Content.ImageWidth, a.Content.ImageHeight, a.Content.ImageAlt,
        a.PublishedAtUtc!.Value, a.Section.Name, a.Section.Slug, Array.Empty<string>(), a.IsLive);

    public static IQueryable<Article> Published(this IQueryable<Article> articles) => articles.Where(IsPublished);

    public static IQueryable<Article> Latest(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);

    public static IQueryable<ArticleCard> ToCards(this IQueryable<Article> articles) => articles.Select(Card);

    // Cards with their bylines in order (search results name the writers).
    public static IQueryable<ArticleCard> ToCardsWithBylines(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Id, a.Content.Title, a.Content.Standfirst, a.Slug, a.Content.ImagePath, a.Content.ImageWidth, a.Content.ImageHeight, a.Content.ImageAlt,
            a.PublishedAtUtc!.Value, a.Section.Name, a.Section.Slug,
            a.Bylines.OrderBy(b => b.Position).Select(b => b.Author.Name).ToList(), a.IsLive));

    // The stories an author has a byline on (first or not).
    public static IQueryable<Article> By(this IQueryable<Article> articles, int authorId) =>
        articles.Where(a => a.Bylines.Any(b => b.AuthorId == authorId));

    // One page of the latest published stories, or null when the page does not exist (past the last page).
    // count: how the total is known (counted here when not given; ListingCounts keeps it).
    public static async Task<PagedList<ArticleCard>?> LatestPageAsync(
        this IQueryable<Article> articles, int page, int pageSize, CancellationToken cancellationToken, Func<Func<Task<int>>, Task<int>>? count = null)
    {
        var published = articles.Published();
        Task<int> Count() => published.CountAsync(cancellationToken);
        var total = count is null ? await Count() : await count(Count);
        var list = new PagedList<ArticleCard>([], page, pageSize, total);
        if (page > list.TotalPages)
        {
            return null;
        }

        // The page's ids first, from the index alone (deep pages skip thousands of entries, never thousands of rows),
        // then those few cards.
        var ids = await published.Latest().Skip((page - 1) * pageSize).Take(pageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var cards = await published.Where(a => ids.Contains(a.Id)).ToCards().ToDictionaryAsync(c => c.Id, cancellationToken);
        var items = ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();
        return list with { Items = items };
    }
}
