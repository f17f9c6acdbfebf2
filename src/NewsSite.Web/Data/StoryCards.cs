using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// Cards for stories known by id (lists worked out elsewhere, perhaps a while ago): one query for every list on a
// page, published stories only, each list then taken in its own order.
internal static class StoryCards
{
    public static async Task<Dictionary<int, ArticleCard>> PublishedCardsAsync(this NewsDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Articles.AsNoTracking().Published().Where(a => wanted.Contains(a.Id)).ToCards().ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    public static List<ArticleCard> InOrder(this Dictionary<int, ArticleCard> cards, IEnumerable<int> ids, int count) =>
        [.. ids.Where(cards.ContainsKey).Select(id => cards[id]).Take(count)];
}
