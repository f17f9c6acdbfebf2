using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Caching;

// The names reader pages ask for: [OutputCache(PolicyName = CachePolicies.Page)], .CacheOutput(CachePolicies.Page).
// Each lists the query keys the page reads; any other query (utm_source…) shares the page's one entry.
public static class CachePolicies
{
    public const string Page = "page";          // no query: home, article, feeds, sitemaps
    public const string Paged = "paged";        // ?page=
    public const string Search = "search";      // ?q=&page= and the search filters
    public const string Live = "live";          // ?after=
}

internal static class CachingServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOutputCache(o =>
        {
            o.UseCaseSensitivePaths = true;   // /articles/1/Slug is a redirect, /articles/1/slug the page
            o.AddPolicy(CachePolicies.Page, new ReaderPagePolicy([]));
            o.AddPolicy(CachePolicies.Paged, new ReaderPagePolicy(["page"]));
            o.AddPolicy(CachePolicies.Search, new ReaderPagePolicy(["q", "page", "section", "author", "tag", "range", "from", "to", "sort"]));
            o.AddPolicy(CachePolicies.Live, new ReaderPagePolicy(["after"], browsersAsk: true));
        });
        // A response of more than 4 MB (counted as stored: compressed when the client asked for it) is served but not
        // stored: the cache copies an entry whole into one array and out again, and a 17 MB sitemap took about 90 MB of
        // memory to keep. Pages and feeds are far below it; an article sitemap of 2,000 stories is about 0.7 MB.
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<IOptions<PageCacheOptions>>((o, pages) =>
            {
                o.SizeLimit = pages.Value.SizeLimitMegabytes * 1024L * 1024L;
                o.MaximumBodySize = 4 * 1024 * 1024;
            });
        builder.Services.AddSingleton<RecentEvictions>();
        builder.Services.AddSingleton<CacheExpirySchedule>();
        builder.Services.AddSingleton<IArticleChangeListener, PageCacheEvictor>();

        // Pages, feeds and JSON; static files come precompressed from the build.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "image/svg+xml", "application/problem+json"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return builder;
    }

    // After authentication (the cache must know who is signed in), before the endpoints. Compression sits inside the
    // cache, so a compressed page is made once and served many times; it is never applied to the staff area or to a
    // signed-in request, whose pages carry antiforgery tokens (BREACH).
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase) && http.User.Identity?.IsAuthenticated != true,
            branch => branch.UseResponseCompression());
        return app;
    }
}
