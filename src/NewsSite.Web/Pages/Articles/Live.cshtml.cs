using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;

namespace NewsSite.Web.Pages.Articles;

// The updates of a live story newer than ?after=, as HTML for the reader's open page (live.js asks every few
// seconds); 204 when there is nothing new.
[OutputCache(PolicyName = CachePolicies.Live)]
public sealed class LiveModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<LiveUpdate> Updates { get; private set; } = [];

    public ShareableArticle? Article { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? after, CancellationToken cancellationToken)
    {
        var story = db.Articles.Published().Where(a => a.Id == id);
        Article = await story.ToShareable().FirstOrDefaultAsync(cancellationToken);
        if (Article is null && !await story.AnyAsync(cancellationToken))
        {
            return NotFound();
        }

        var since = after ?? 0;
        Updates = await db.LiveUpdates.AsNoTracking().Where(u => u.ArticleId == id && u.Id > since)
            .OrderByDescending(u => u.Id).Take(50).ToListAsync(cancellationToken);
        HttpContext.ShowsArticles([id]);   // a new update evicts it
        return Updates.Count == 0 ? new NoContentResult() : Page();
    }
}
