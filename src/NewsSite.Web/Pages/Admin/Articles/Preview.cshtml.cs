using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Articles;

// A story in any state, exactly as readers will see it; the /Admin folder convention keeps it to signed-in staff.
public sealed class PreviewModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Section).Include(a => a.Author).Include(a => a.Tags).Include(a => a.Bylines).ThenInclude(b => b.Author)
            .Include(a => a.Corrections).Include(a => a.LiveUpdates)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!StaffMember.From(User).CanSee(article))
        {
            return Forbid();
        }

        View = ArticleView.Preview(article, site.Value);
        return Page();
    }
}
