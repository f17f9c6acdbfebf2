using NewsSite.Web.Caching;
using NewsSite.Web.Search;
using NewsSite.Web.Security;

namespace NewsSite.Web.Pages.Search;

// GET /search/suggest?q=…: the header search's as-you-type list (js/search-suggest.js), as JSON. Cached per query like
// the results page; without JavaScript the header search is a plain form to /search.
internal static class Suggest
{
    public static IEndpointRouteBuilder MapSearchSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/suggest", async (string? q, SearchSuggestions suggestions, HttpContext http, CancellationToken cancellationToken) =>
        {
            http.Shows(CacheTags.Latest);
            return Results.Ok(await suggestions.ForAsync(q, cancellationToken));
        }).CacheOutput(CachePolicies.Search).RequireRateLimiting(RateLimits.Suggestions).ExcludeFromDescription();
        return app;
    }
}
