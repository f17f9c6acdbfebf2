using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Sections;

public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public Section Section { get; private set; } = null!;
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var number))
        {
            return NotFound();
        }

        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        var articles = await db.Articles.Where(a => a.SectionId == section.Id)
            .LatestPageAsync(number, site.Value.PageSize, cancellationToken);
        if (articles is null)
        {
            return NotFound();
        }

        (Section, Articles) = (section, articles);
        return Page();
    }
}
