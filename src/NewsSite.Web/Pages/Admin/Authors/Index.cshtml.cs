using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Admin.Authors;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<Row> Authors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Row(a.Id, a.Name, a.Slug, a.JobTitle, a.PhotoPath,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
                db.ArticleBylines.Count(b => b.AuthorId == a.Id)))
            .ToListAsync(cancellationToken);

    public sealed record Row(int Id, string Name, string Slug, string JobTitle, string? PhotoPath, string? Account, int Stories);
}
