using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// "الأكثر قراءة": the stories readers opened most in the last 24 hours (crawlers are never counted), from the hourly
// counts, not from all-time totals. Ids only, most read first, with spares for stories unpublished since: the caller
// turns them into cards (StoryCards), published ones only.
internal static class MostRead
{
    public static async Task<List<int>> MostReadIdsAsync(this NewsDbContext db, DateTime nowUtc, int count, CancellationToken cancellationToken) =>
        await Ranked(db, nowUtc.AddHours(-24), count * 2).ToListAsync(cancellationToken);

    // Compiled: the home page and every article page show the list.
    private static readonly Func<NewsDbContext, DateTime, int, IAsyncEnumerable<int>> Ranked = EF.CompileAsyncQuery(
        (NewsDbContext db, DateTime since, int take) => db.ArticleViewCounts.AsNoTracking().Where(v => v.HourUtc >= since)
            .GroupBy(v => v.ArticleId).Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .OrderByDescending(g => g.Views).ThenByDescending(g => g.ArticleId).Take(take)
            .Select(g => g.ArticleId));
}
