using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin.Articles;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? SectionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? AuthorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PagedList<Row> Articles { get; private set; } = null!;
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<Author> Authors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var page))
        {
            return NotFound();
        }

        var query = db.Articles.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (SectionId is { } sectionId)
        {
            query = query.Where(a => a.SectionId == sectionId);
        }

        if (AuthorId is { } authorId)
        {
            query = query.By(authorId);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            query = query.Where(a => a.Content.Title.Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        if (page > 1 && (page - 1L) * PageSize >= total)
        {
            return NotFound();   // past the last page (and never an overflowing Skip)
        }

        var items = await query.OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Content.Title, a.Slug, a.Status, a.Section.Name, a.Author.Name, a.UpdatedAtUtc, a.PublishedAtUtc, a.ScheduledAtUtc))
            .ToListAsync(cancellationToken);
        Articles = new PagedList<Row>(items, page, PageSize, total);
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ToListAsync(cancellationToken);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record Row(int Id, string Title, string Slug, ArticleStatus Status, string Section, string Author,
        DateTime UpdatedAtUtc, DateTime? PublishedAtUtc, DateTime? ScheduledAtUtc);
}
