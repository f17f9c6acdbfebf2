using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Authors;

public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public Author Author { get; private set; } = null!;
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var number))
        {
            return NotFound();
        }

        var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        var articles = await db.Articles.Where(a => a.AuthorId == author.Id)
            .LatestPageAsync(number, site.Value.PageSize, cancellationToken);
        if (articles is null)
        {
            return NotFound();
        }

        (Author, Articles) = (author, articles);
        return Page();
    }
}
