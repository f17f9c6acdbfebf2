using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Search;

namespace NewsSite.Web.Pages.Articles;

public sealed class DetailsModel(NewsDbContext db, ViewCounter views, IOptions<SiteOptions> site) : PageModel
{
    private const int RelatedCount = 4;

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];
    public IReadOnlyList<ArticleCard> MoreByAuthor { get; private set; } = [];
    public long Views { get; private set; }
    public string GoogleNewsUrl { get; private set; } = "";
    // "أخبار العالم" stays as it is; "اقتصاد" reads "أخبار اقتصاد", as in the seed's follow line.
    public string SectionNews => Article.Section.Name.StartsWith("أخبار", StringComparison.Ordinal)
        ? Article.Section.Name
        : "أخبار " + Article.Section.Name;

    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(Article.WordCount / 200.0));

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Published()
            .Include(a => a.Section).Include(a => a.Author).Include(a => a.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        // The id decides; any other slug (missing, old, mistyped) is sent to the one canonical URL.
        if (slug != article.Slug)
        {
            return RedirectPermanent(ArticleLinks.Path(article));
        }

        Article = article;
        Related = await db.RelatedToAsync(article, RelatedCount, cancellationToken);
        MoreByAuthor = await db.MoreByAuthorAsync(article, [.. Related.Select(c => c.Id)], RelatedCount, cancellationToken);
        GoogleNewsUrl = article.Section.GoogleNewsUrl ?? site.Value.GoogleNewsUrl ?? "";

        if (!CrawlerDetector.IsCrawler(Request.Headers.UserAgent))
        {
            views.Record(article.Id);
        }

        Views = article.ViewCount + views.Pending(article.Id);
        return Page();
    }
}
