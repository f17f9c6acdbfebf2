using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

public sealed class AuditModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(cancellationToken);
}
