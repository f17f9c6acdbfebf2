using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Search;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Search;

[OutputCache(PolicyName = CachePolicies.Search)]
public sealed class IndexModel(SearchService search, IOptions<SiteOptions> site, ILogger<IndexModel> logger) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);
    public PagedList<SearchResult>? Results { get; private set; }
    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? text, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Paging.TryParsePage(pageNumber, out var page))
        {
            return NotFound();
        }

        Query = SearchQuery.Parse(text);
        if (Query.Status != SearchQueryStatus.Ready)
        {
            return Page();
        }

        try
        {
            Results = await search.SearchAsync(Query, page, site.Value.PageSize, cancellationToken);
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

        // Any story published or changed may change what a search finds.
        HttpContext.Shows(CacheTags.Latest);
        HttpContext.ShowsArticles(Results.Items.Select(r => r.Card.Id));
        return page > 1 && page > Results.TotalPages ? NotFound() : Page();
    }

    // "/search?q=…&page=n" for the pager; the query is percent-encoded once, Razor encodes the attribute.
    public string PageUrl(int page) => SiteUrls.SearchResults(Query.Text, page);
}
