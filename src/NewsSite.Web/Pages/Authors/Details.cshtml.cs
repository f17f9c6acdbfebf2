using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Authors;

public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site) : ListingPageModel<Author>(db, site)
{
    public Author Author => Subject;

    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken) =>
        ListAsync(pageNumber, (db, ct) => db.Authors.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, ct), au => a => a.AuthorId == au.Id, cancellationToken);
}
