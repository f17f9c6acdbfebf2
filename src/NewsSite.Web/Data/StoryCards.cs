using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// Cards for stories known by id (lists worked out elsewhere, perhaps a while ago): one query for every list on a
// page, published stories only, each list then taken in its own order.
internal static class StoryCards
{
    // Compiled: every article page and every cache miss runs it.
    private static readonly Func<NewsDbContext, int[], IAsyncEnumerable<ArticleCard>> Cards = EF.CompileAsyncQuery(
        (NewsDbContext db, int[] ids) => db.Articles.AsNoTracking().Where(ArticleQueries.IsPublished).Where(a => ids.Contains(a.Id)).Select(ArticleQueries.Card));

    public static async Task<Dictionary<int, ArticleCard>> PublishedCardsAsync(this NewsDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        var cards = new Dictionary<int, ArticleCard>(wanted.Length);
        if (wanted.Length > 0)
        {
            await foreach (var card in Cards(db, wanted).WithCancellation(cancellationToken))
            {
                cards[card.Id] = card;
            }
        }

        return cards;
    }

    public static List<ArticleCard> InOrder(this Dictionary<int, ArticleCard> cards, IEnumerable<int> ids, int count) =>
        [.. ids.Where(cards.ContainsKey).Select(id => cards[id]).Take(count)];
}
