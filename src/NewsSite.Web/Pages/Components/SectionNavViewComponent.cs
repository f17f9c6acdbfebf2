using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Components;

public sealed class SectionNavViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool footer = false)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => !s.IsHidden).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .Select(s => new SectionLink(s.Name, s.Slug)).ToListAsync(HttpContext.RequestAborted);
        return View(footer ? "Footer" : "Default", sections);
    }

    public sealed record SectionLink(string Name, string Slug);
}
