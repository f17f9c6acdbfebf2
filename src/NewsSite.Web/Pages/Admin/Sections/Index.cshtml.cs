using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Sections;

public sealed class IndexModel(NewsDbContext db, Taxonomy taxonomy) : PageModel
{
    public IReadOnlyList<Row> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.IsHidden, s.Articles.Count(a => a.Status == Models.ArticleStatus.Published)))
            .ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(int id, int step, CancellationToken cancellationToken)
    {
        await taxonomy.MoveSectionAsync(id, Math.Sign(step), StaffMember.From(User), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int moveTo, CancellationToken cancellationToken)
    {
        var error = await taxonomy.DeleteSectionAsync(id, moveTo, StaffMember.From(User), cancellationToken);
        TempData["Message"] = error ?? "حُذف القسم ونُقلت أخباره، ويقود رابطه القديم إلى القسم الجديد.";
        return RedirectToPage();
    }

    public sealed record Row(int Id, string Name, string Slug, bool IsHidden, int Stories);
}
