using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Web.Data;

// The sections readers see (not hidden), in navigation order: read once per request however many times the page
// needs them (the header, the footer, the home page's blocks).
public sealed class SiteSections(NewsDbContext db)
{
    private Task<List<Section>>? _visible;

    public Task<List<Section>> VisibleAsync(CancellationToken cancellationToken) =>
        _visible ??= db.Sections.AsNoTracking().Where(s => !s.IsHidden).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
}
