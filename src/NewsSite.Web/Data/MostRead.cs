using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// "الأكثر قراءة": the published stories readers opened most in the last 24 hours (crawlers are never counted), from
// the hourly counts, not from all-time totals.
internal static class MostRead
{
    public static async Task<List<ArticleCard>> MostReadAsync(this NewsDbContext db, DateTime nowUtc, int count, CancellationToken cancellationToken)
    {
        var since = nowUtc.AddHours(-24);
        var top = await db.ArticleViewCounts.AsNoTracking().Where(v => v.HourUtc >= since)
            .GroupBy(v => v.ArticleId).Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .OrderByDescending(g => g.Views).ThenByDescending(g => g.ArticleId).Take(count * 2).ToListAsync(cancellationToken);
        var ids = top.Select(t => t.ArticleId).ToList();
        var cards = await db.Articles.AsNoTracking().Published().Where(a => ids.Contains(a.Id)).ToCards().ToListAsync(cancellationToken);
        return [.. ids.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<ArticleCard>().Take(count)];
    }
}
