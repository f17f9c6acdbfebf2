using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Tags;

public sealed class IndexModel(NewsDbContext db, Taxonomy taxonomy) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PagedList<Row> Tags { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var page))
        {
            return NotFound();
        }

        var query = db.Tags.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(t => t.Name.Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        if (page > 1 && (page - 1L) * PageSize >= total)
        {
            return NotFound();
        }

        var rows = await query.OrderBy(t => t.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(t => new Row(t.Id, t.Name, t.Slug, t.Articles.Count)).ToListAsync(cancellationToken);
        Tags = new PagedList<Row>(rows, page, PageSize, total);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string name, CancellationToken cancellationToken) =>
        Done(await taxonomy.RenameTagAsync(id, name ?? "", StaffMember.From(User), cancellationToken), "غُيّر اسم الوسم، ويقود رابطه القديم إلى الجديد.");

    public async Task<IActionResult> OnPostMergeAsync(int id, string into, CancellationToken cancellationToken)
    {
        var slug = SlugGenerator.FromTitle(into ?? "");
        var target = await db.Tags.Where(t => t.Slug == slug || t.Name == into).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        return target is null
            ? Done("لا يوجد وسم بهذا الاسم للدمج فيه.", "")
            : Done(await taxonomy.RemoveTagAsync(id, target, StaffMember.From(User), cancellationToken), "دُمج الوسم، وصارت أخباره تحت الوسم الآخر.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        Done(await taxonomy.RemoveTagAsync(id, null, StaffMember.From(User), cancellationToken), "حُذف الوسم من كل الأخبار.");

    private RedirectToPageResult Done(string? error, string message)
    {
        TempData["Message"] = error ?? message;
        return RedirectToPage(new { q = Q });
    }

    public sealed record Row(int Id, string Name, string Slug, int Stories);
}
