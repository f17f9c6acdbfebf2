using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Sections;

public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site) : ListingPageModel<Section>(db, site)
{
    public Section Section => Subject;

    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        MovedTo = async (db, ct) => await RetiredTargetAsync(db, RetiredSlug.Section, slug, ct) is { } id
            ? await db.Sections.Where(x => x.Id == id).Select(x => SiteUrls.Section(x.Slug)).FirstOrDefaultAsync(ct)
            : null;
        return ListAsync(pageNumber, (db, ct) => db.Sections.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, ct), s => a => a.SectionId == s.Id, cancellationToken);
    }
}
