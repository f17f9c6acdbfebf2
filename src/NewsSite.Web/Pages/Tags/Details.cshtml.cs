using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Tags;

public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public Tag Tag { get; private set; } = null!;
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var number))
        {
            return NotFound();
        }

        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        var articles = await db.Articles.Where(a => a.Tags.Any(t => t.Id == tag.Id))
            .LatestPageAsync(number, site.Value.PageSize, cancellationToken);
        if (articles is null)
        {
            return NotFound();
        }

        (Tag, Articles) = (tag, articles);
        return Page();
    }
}
