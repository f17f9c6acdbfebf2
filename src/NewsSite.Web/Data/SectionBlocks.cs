using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// The newest stories of each of several sections (the home page's blocks) in two queries whatever the number of
// sections: the ids from the (SectionId, Status, PublishedAtUtc) index, then the cards.
internal static class SectionBlocks
{
    // Keyed by section slug (what a card carries).
    public static async Task<Dictionary<string, List<ArticleCard>>> LatestBySectionAsync(
        this NewsDbContext db, IReadOnlyList<int> sectionIds, int perSection, CancellationToken cancellationToken)
    {
        var ids = await LimitedUnion.IdsAsync(db, sectionIds, [ArticleStatus.Published.ToString(), perSection], section => $"""
            SELECT "Id" AS "Value" FROM "Articles"
            WHERE "SectionId" = {section} AND "Status" = {"{0}"} AND "PublishedAtUtc" IS NOT NULL AND "DeletedAtUtc" IS NULL
            ORDER BY "PublishedAtUtc" DESC, "Id" DESC LIMIT {"{1}"}
            """, cancellationToken);
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToCards().ToListAsync(cancellationToken);
        return cards.GroupBy(c => c.SectionSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.PublishedAtUtc).ThenByDescending(c => c.Id).ToList(), StringComparer.Ordinal);
    }
}
