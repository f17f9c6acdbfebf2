using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages;

// The front page: the editors' lead and top stories (the newest where they chose none), the latest, the most read
// today, and a block per section in the navigation's order.
[OutputCache(PolicyName = CachePolicies.Page)]
public sealed class IndexModel(NewsDbContext db, SiteSections sections, StoryLists lists, TimeProvider clock) : PageModel
{
    private const int LatestCount = 8;
    private const int PerSection = 4;
    private const int MostReadCount = 5;

    public ArticleCard? Lead { get; private set; }
    public IReadOnlyList<ArticleCard> Top { get; private set; } = [];
    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];
    public IReadOnlyList<ArticleCard> MostRead { get; private set; } = [];
    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var front = await db.FrontAsync(null, Fronts.HomeSlots, now, cancellationToken);
        Lead = front.Cards.FirstOrDefault();
        Top = [.. front.Cards.Skip(1)];
        var shown = front.Cards.Select(c => c.Id).ToList();
        Latest = await db.Articles.AsNoTracking().Published().Where(a => !shown.Contains(a.Id)).Latest().Take(LatestCount).ToCards()
            .ToListAsync(cancellationToken);
        var mostReadIds = await lists.MostReadAsync(db, now, MostReadCount, cancellationToken);
        MostRead = (await db.PublishedCardsAsync(mostReadIds, cancellationToken)).InOrder(mostReadIds, MostReadCount);

        var visible = await sections.VisibleAsync(cancellationToken);
        var latestBySection = await db.LatestBySectionAsync([.. visible.Select(s => s.Id)], PerSection, cancellationToken);
        Sections = [.. visible.Where(s => latestBySection.ContainsKey(s.Slug)).Select(s => new SectionBlock(s.Name, s.Slug, latestBySection[s.Slug]))];

        // Cached until one of these changes: the newest stories anywhere, any section's newest, a story shown here.
        HttpContext.Shows([CacheTags.Latest, CacheTags.Home, .. visible.Select(s => CacheTags.Section(s.Id))]);
        HttpContext.ShowsArticles([.. front.Cards.Select(c => c.Id), .. Latest.Select(c => c.Id), .. MostRead.Select(c => c.Id),
            .. Sections.SelectMany(s => s.Articles).Select(c => c.Id)]);
        HttpContext.ChangesAt(front.ChangesAtUtc, CacheTags.Home);
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleCard> Articles);
}
