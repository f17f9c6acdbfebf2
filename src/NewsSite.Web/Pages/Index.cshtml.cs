using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages;

// The front page: the editors' lead and top stories (the newest where they chose none), the latest, the most read
// today, and a block per section in the navigation's order.
public sealed class IndexModel(NewsDbContext db, TimeProvider clock) : PageModel
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
        Lead = front.FirstOrDefault();
        Top = [.. front.Skip(1)];
        var shown = front.Select(c => c.Id).ToList();
        Latest = await db.Articles.AsNoTracking().Published().Where(a => !shown.Contains(a.Id)).Latest().Take(LatestCount).ToCards()
            .ToListAsync(cancellationToken);
        MostRead = await db.MostReadAsync(now, MostReadCount, cancellationToken);

        var sections = await db.Sections.AsNoTracking().Where(s => !s.IsHidden).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>();
        foreach (var section in sections)
        {
            var cards = await db.Articles.AsNoTracking().Published().Where(a => a.SectionId == section.Id)
                .Latest().Take(PerSection).ToCards().ToListAsync(cancellationToken);
            if (cards.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Name, section.Slug, cards));
            }
        }

        Sections = blocks;
    }

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleCard> Articles);
}
