using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Caching;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Components;

public sealed class BreakingNewsViewComponent(BreakingNewsBanner banner) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (await banner.CurrentAsync(HttpContext.RequestAborted) is not { } current)
        {
            return Content("");
        }

        HttpContext.ChangesAt(current.ExpiresAtUtc, CacheTags.Site);   // every cached page loses the banner when it ends
        return View(current);
    }
}
