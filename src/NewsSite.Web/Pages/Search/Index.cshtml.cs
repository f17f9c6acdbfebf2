using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Search;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Search;

// /search?q=…: results narrowed by section, writer, tag and time (the last day, week, month, year, or from–to dates in
// the site's time zone), by relevance or newest first; every choice is in the address, so a search can be shared.
[OutputCache(PolicyName = CachePolicies.Search)]
public sealed class IndexModel(
    SearchService search, NewsDbContext db, SiteSections siteSections, NewsDateFormatter dates, TimeProvider clock, IOptions<SiteOptions> site,
    ILogger<IndexModel> logger) : PageModel
{
    // Every query key the page reads (the page cache varies by exactly these).
    public static readonly string[] QueryKeys = ["q", "page", "section", "author", "tag", "range", "from", "to", "sort"];

    public static readonly IReadOnlyList<(string Value, string Label)> Ranges =
        [("", "في أي وقت"), ("day", "آخر يوم"), ("week", "آخر أسبوع"), ("month", "آخر شهر"), ("year", "آخر سنة")];

    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);
    public SearchOutcome? Outcome { get; private set; }
    public PagedList<SearchResult>? Results => Outcome?.Results;
    public bool Failed { get; private set; }

    public IReadOnlyList<Models.Section> Sections { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Authors { get; private set; } = [];
    public (string Slug, string Name)? Tag { get; private set; }

    [FromQuery(Name = "section")] public string? Section { get; set; }
    [FromQuery(Name = "author")] public string? Author { get; set; }
    [FromQuery(Name = "tag")] public string? TagSlug { get; set; }
    [FromQuery(Name = "range")] public string? Range { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    // A filter in the address that names nothing we have (a section renamed since, a date mistyped): left out, and said.
    public bool IgnoredFilter { get; private set; }

    public bool Newest => Sort == "newest";

    public bool Filtered => Section is not null || Author is not null || TagSlug is not null || Range is not null || From is not null || To is not null;

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? text, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var page))
        {
            return NotFound();
        }

        Query = SearchQuery.Parse(text);
        Sections = await siteSections.VisibleAsync(cancellationToken);
        Authors = [.. (await db.Authors.AsNoTracking().Where(a => db.Articles.Any(x => x.Status == Models.ArticleStatus.Published && x.Bylines.Any(b => b.AuthorId == a.Id)))
            .OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken)).Select(a => (a.Slug, a.Name))];
        if (Query.Status != SearchQueryStatus.Ready)
        {
            return Page();
        }

        var filters = await FiltersAsync(cancellationToken);
        try
        {
            Outcome = await search.SearchAsync(Query, filters, page, site.Value.PageSize, facets: true, cancellationToken);
        }
        catch (DbException ex)
        {
            // Queries never reach the store as syntax (SearchQuery), so this is a fault of ours: log it, and answer
            // the reader in Arabic rather than with an error page.
            logger.SearchFailed(ex, Query.Terms.Count);
            Failed = true;
            HttpContext.DoNotCache();
            return Page();
        }

        if (Outcome.Results.TotalItems == 0)
        {
            HttpContext.DoNotCache();   // so each search that finds nothing is counted (SearchMisses)
        }

        // Any story published or changed may change what a search finds.
        HttpContext.Shows(CacheTags.Latest);
        HttpContext.ShowsArticles(Outcome.Results.Items.Select(r => r.Card.Id));
        return page > 1 && page > Outcome.Results.TotalPages ? NotFound() : Page();
    }

    private async Task<SearchFilters> FiltersAsync(CancellationToken cancellationToken)
    {
        var filters = new SearchFilters(Sort: Newest ? SearchSort.Newest : SearchSort.Relevance);
        if (Section is not null)
        {
            filters = Sections.FirstOrDefault(s => s.Slug == Section) is { } section ? filters with { SectionId = section.Id } : Ignore(filters);
        }

        if (Author is not null)
        {
            filters = await db.Authors.AsNoTracking().Where(a => a.Slug == Author).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken) is { } author
                ? filters with { AuthorId = author } : Ignore(filters);
        }

        if (TagSlug is not null)
        {
            var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == TagSlug).Select(t => new { t.Id, t.Name, t.Slug }).FirstOrDefaultAsync(cancellationToken);
            Tag = tag is null ? null : (tag.Slug, tag.Name);
            filters = tag is null ? Ignore(filters) : filters with { TagId = tag.Id };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        filters = Range switch
        {
            null or "" => filters,
            "day" => filters with { FromUtc = now.AddDays(-1) },
            "week" => filters with { FromUtc = now.AddDays(-7) },
            "month" => filters with { FromUtc = now.AddMonths(-1) },
            "year" => filters with { FromUtc = now.AddYears(-1) },
            _ => Ignore(filters),
        };
        if (From is not null)
        {
            filters = Day(From) is { } from ? filters with { FromUtc = dates.FromLocal(from) } : Ignore(filters);
        }

        if (To is not null)
        {
            filters = Day(To) is { } to ? filters with { ToUtc = dates.FromLocal(to.AddDays(1)) } : Ignore(filters);   // the whole last day
        }

        return filters;
    }

    private SearchFilters Ignore(SearchFilters filters)
    {
        IgnoredFilter = true;
        return filters;
    }

    private static DateTime? Day(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is > 1900 and < 3000 ? day : null;

    // This search's address with some choices changed (null removes one); a new choice starts again at page 1.
    public string With(params (string Key, string? Value)[] changes)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { ["q"] = Query.Text };
        foreach (var key in QueryKeys.Where(k => k is not ("q" or "page")))
        {
            if (Request.Query[key].ToString() is { Length: > 0 } value)
            {
                query[key] = value;
            }
        }

        foreach (var (key, value) in changes)
        {
            query[key] = value;
        }

        return QueryHelpers.AddQueryString(SiteUrls.Search, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    // "/search?q=…&…&page=n" for the pager.
    public string PageUrl(int page) => With(("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));
}
