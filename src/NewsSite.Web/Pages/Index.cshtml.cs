using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    private const int LatestCount = 8;
    private const int PerSection = 4;

    public ArticleCard? Lead { get; private set; }
    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];
    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await db.Articles.AsNoTracking().Published().Latest().Take(LatestCount + 1).ToCards().ToListAsync(cancellationToken);
        Lead = latest.FirstOrDefault();
        Latest = [.. latest.Skip(1)];

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ToListAsync(cancellationToken);
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
