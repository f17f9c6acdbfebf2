using NewsSite.Web.Counters;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

internal static class SearchServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        // The database's own full-text search, fed by the same Arabic analysis (SearchDocument): FTS5 or tsvector.
        if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.Postgres)
        {
            builder.Services.AddScoped<ISearchIndex, PostgresSearchIndex>();
        }
        else
        {
            builder.Services.AddScoped<ISearchIndex, SqliteFtsSearchIndex>();
        }

        builder.Services.AddScoped<SearchIndexer>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SearchSuggestions>();
        builder.Services.AddBufferedCounter<SearchMisses>();
        return builder;
    }
}
