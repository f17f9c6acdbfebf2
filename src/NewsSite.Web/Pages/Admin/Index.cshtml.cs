using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;

namespace NewsSite.Web.Pages.Admin;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    private const int ListSize = 8;

    public IReadOnlyList<Row> InReview { get; private set; } = [];
    public IReadOnlyList<Row> Scheduled { get; private set; } = [];
    public IReadOnlyList<Row> MostRead { get; private set; } = [];
    public IReadOnlyList<Row> MostShared { get; private set; } = [];
    public IReadOnlyDictionary<int, IReadOnlyList<(ShareNetwork Network, long Count)>> SharesByNetwork { get; private set; } =
        new Dictionary<int, IReadOnlyList<(ShareNetwork, long)>>();
    public int Drafts { get; private set; }

    // What readers searched for in the last 30 days and found nothing: the most asked first.
    public IReadOnlyList<SearchMiss> Misses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        InReview = await ToRows(articles.Where(a => a.Status == ArticleStatus.InReview).OrderBy(a => a.UpdatedAtUtc), cancellationToken);
        Scheduled = await ToRows(articles.Where(a => a.Status == ArticleStatus.Scheduled).OrderBy(a => a.ScheduledAtUtc), cancellationToken);
        MostRead = await ToRows(articles.Published().OrderByDescending(a => a.ViewCount), cancellationToken);
        MostShared = await ToRows(articles.Published().Where(a => a.ShareCount > 0).OrderByDescending(a => a.ShareCount), cancellationToken);
        Drafts = await articles.CountAsync(a => a.Status == ArticleStatus.Draft, cancellationToken);
        var month = DateTime.UtcNow.AddDays(-30);
        Misses = await db.SearchMisses.AsNoTracking().Where(m => m.LastAtUtc >= month).OrderByDescending(m => m.Count).ThenByDescending(m => m.LastAtUtc)
            .Take(ListSize * 2).ToListAsync(cancellationToken);

        var sharedIds = MostShared.Select(r => r.Id).ToList();
        var perNetwork = await db.ArticleShareCounts.AsNoTracking().Where(c => sharedIds.Contains(c.ArticleId) && c.Count > 0)
            .ToListAsync(cancellationToken);
        SharesByNetwork = perNetwork.GroupBy(c => c.ArticleId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<(ShareNetwork, long)>)[.. g.OrderByDescending(c => c.Count).Select(c => (c.Network, c.Count))]);
    }

    private static Task<List<Row>> ToRows(IQueryable<Article> query, CancellationToken cancellationToken) =>
        query.Take(ListSize)
            .Select(a => new Row(a.Id, a.Content.Title, a.Section.Name, a.Author.Name, a.ScheduledAtUtc ?? a.UpdatedAtUtc, a.ViewCount, a.ShareCount))
            .ToListAsync(cancellationToken);

    public sealed record Row(int Id, string Title, string Section, string Author, DateTime AtUtc, long Views, long Shares);
}
