using NewsSite.Web.Counters;

namespace NewsSite.Web.Search;

internal static class SearchServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        // The one line to change when the store moves (PostgreSQL full-text search, say).
        builder.Services.AddScoped<ISearchIndex, SqliteFtsSearchIndex>();
        builder.Services.AddScoped<SearchIndexer>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SearchSuggestions>();
        builder.Services.AddBufferedCounter<SearchMisses>();
        return builder;
    }
}
