using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Components;

public sealed class SectionNavViewComponent(SiteSections sections) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool footer = false)
    {
        var visible = await sections.VisibleAsync(HttpContext.RequestAborted);
        return View(footer ? "Footer" : "Default", visible.Select(s => new SectionLink(s.Name, s.Slug)).ToList());
    }

    public sealed record SectionLink(string Name, string Slug);
}
