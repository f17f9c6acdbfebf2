using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Seed;
using NewsSite.Web.Dates;
using NewsSite.Web.Feeds;
using NewsSite.Web.Markdown;
using NewsSite.Web.Search;

namespace NewsSite.Web;

internal static class NewsSiteServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNewsSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.AddNewsDatabase();

        builder.Services.AddRazorPages();
        // Razor escapes every non-ASCII character by default (&#x627;…); let Arabic through as UTF-8.
        builder.Services.Configure<WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement,
                UnicodeRanges.GeneralPunctuation, UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement,
                UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<NewsDateFormatter>();
        builder.Services.AddSingleton<ViewCounter>();
        builder.Services.AddHostedService<ViewCountFlusher>();
        builder.AddSearch();
        builder.AddFeeds();
        return builder;
    }

    private static void AddNewsDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = DatabaseStartup.ResolveConnectionString(
            builder.Configuration.GetConnectionString("News"), builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<NewsDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(5000))
            .UseAsyncSeeding(async (context, _, cancellationToken) =>
            {
                if (!services.GetRequiredService<IOptions<SiteOptions>>().Value.SeedSampleContent)
                {
                    return;
                }

                await SeedData.SeedAsync((NewsDbContext)context, services.GetRequiredService<MarkdownRenderer>(), cancellationToken);
            }));
    }
}
