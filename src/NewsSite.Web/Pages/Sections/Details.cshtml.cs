using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Sections;

[OutputCache(PolicyName = CachePolicies.Paged)]
public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site, ListingCounts counts, TimeProvider clock) : ListingPageModel<Section>(db, site, counts)
{
    public Section Section => Subject;

    // The editors' choice for the top of the section's first page (filled with the newest), when they made one.
    public IReadOnlyList<ArticleCard> Front { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        MovedTo = async (db, ct) => await RetiredTargetAsync(db, RetiredSlug.Section, slug, ct) is { } id
            ? await db.Sections.Where(x => x.Id == id).Select(x => SiteUrls.Section(x.Slug)).FirstOrDefaultAsync(ct)
            : null;
        var result = await ListAsync(pageNumber, (db, ct) => db.Sections.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, ct),
            s => a => a.SectionId == s.Id, s => CacheTags.Section(s.Id), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (result is PageResult && Articles.Page == 1
            && await Db.FrontSlots.AnyAsync(f => f.SectionId == Section.Id && (f.ExpiresAtUtc == null || f.ExpiresAtUtc > now), cancellationToken))
        {
            var front = await Db.FrontAsync(Section.Id, Fronts.SectionSlots, now, cancellationToken);
            Front = front.Cards;
            HttpContext.ShowsArticles(Front.Select(c => c.Id));
            HttpContext.ChangesAt(front.ChangesAtUtc, CacheTags.Section(Section.Id));
        }

        return result;
    }
}
