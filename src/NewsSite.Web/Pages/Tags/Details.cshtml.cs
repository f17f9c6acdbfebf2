using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Tags;

[OutputCache(PolicyName = CachePolicies.Paged)]
public sealed class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site, ListingCounts counts) : ListingPageModel<Tag>(db, site, counts)
{
    public Tag Tag => Subject;

    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        MovedTo = async (db, ct) => await RetiredTargetAsync(db, RetiredSlug.Tag, slug, ct) is { } id
            ? await db.Tags.Where(x => x.Id == id).Select(x => SiteUrls.Tag(x.Slug)).FirstOrDefaultAsync(ct)
            : null;
        return ListAsync(pageNumber, (db, ct) => db.Tags.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, ct), t => a => a.Tags.Any(x => x.Id == t.Id), x => CacheTags.Tag(x.Id), cancellationToken,
            t => Db.TagLinks(t.Id));
    }
}
