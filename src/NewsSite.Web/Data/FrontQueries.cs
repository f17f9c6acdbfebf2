using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// A front as readers see it: the editors' slots in order (a slot past its expiry, or whose story is no longer
// published, is skipped), then the newest stories to fill what is left; and when the first chosen slot ends (the
// front changes by itself then).
public sealed record Front(List<ArticleCard> Cards, DateTime? ChangesAtUtc);

internal static class FrontQueries
{
    public static async Task<Front> FrontAsync(this NewsDbContext db, int? sectionId, int count, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var slots = await db.FrontSlots.AsNoTracking()
            .Where(f => f.SectionId == sectionId && (f.ExpiresAtUtc == null || f.ExpiresAtUtc > nowUtc))
            .OrderBy(f => f.Position).Select(f => new { f.ArticleId, f.ExpiresAtUtc }).Take(count).ToListAsync(cancellationToken);
        var chosen = slots.Select(s => s.ArticleId).ToList();
        var cards = chosen.Count == 0
            ? []
            : await db.Articles.AsNoTracking().Published().Where(a => chosen.Contains(a.Id)).ToCards().ToListAsync(cancellationToken);
        var front = chosen.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<ArticleCard>().ToList();
        if (front.Count < count)
        {
            var shown = front.Select(c => c.Id).ToList();
            var newest = db.Articles.AsNoTracking().Published().Where(a => !shown.Contains(a.Id));
            if (sectionId is { } section)
            {
                newest = newest.Where(a => a.SectionId == section);
            }

            front.AddRange(await newest.Latest().Take(count - front.Count).ToCards().ToListAsync(cancellationToken));
        }

        return new Front(front, slots.Min(s => s.ExpiresAtUtc));
    }
}
