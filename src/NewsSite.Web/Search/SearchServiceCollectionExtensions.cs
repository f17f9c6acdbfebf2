using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

internal static class SearchServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        // The one line to change when the store moves (PostgreSQL full-text search, say).
        builder.Services.AddSingleton<Func<NewsDbContext, ISearchIndex>>(_ => db => new SqliteFtsSearchIndex(db));
        builder.Services.AddScoped(services => services.GetRequiredService<Func<NewsDbContext, ISearchIndex>>()(
            services.GetRequiredService<NewsDbContext>()));
        builder.Services.AddScoped<SearchIndexer>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddSingleton<SearchIndexInterceptor>();
        builder.Services.ConfigureDbContext<NewsDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<SearchIndexInterceptor>()));
        return builder;
    }
}
