using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Components;

public sealed class BreakingNewsViewComponent(BreakingNewsBanner banner) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await banner.CurrentAsync(HttpContext.RequestAborted) is { } current ? View(current) : Content("");
}
