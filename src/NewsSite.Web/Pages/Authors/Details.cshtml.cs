using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Authors;

[OutputCache(PolicyName = CachePolicies.Paged)]
public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site, ListingCounts counts) : ListingPageModel<Author>(db, site, counts)
{
    public Author Author => Subject;

    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        MovedTo = async (db, ct) => await RetiredTargetAsync(db, RetiredSlug.Author, slug, ct) is { } id
            ? await db.Authors.Where(x => x.Id == id).Select(x => SiteUrls.Author(x.Slug)).FirstOrDefaultAsync(ct)
            : null;
        return ListAsync(pageNumber, (db, ct) => db.Authors.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, ct), au => a => a.Bylines.Any(b => b.AuthorId == au.Id), x => CacheTags.Author(x.Id), cancellationToken,
            au => Db.BylineLinks(au.Id));
    }
}
