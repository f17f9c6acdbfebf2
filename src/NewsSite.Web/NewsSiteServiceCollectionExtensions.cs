using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using NewsSite.Web.Accounts;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Seed;
using NewsSite.Web.Dates;
using NewsSite.Web.Feeds;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Publishing;
using NewsSite.Web.Sharing;
using NewsSite.Web.Search;

namespace NewsSite.Web;

internal static class NewsSiteServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNewsSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.AddNewsDatabase();
        builder.AddAccounts();
        builder.AddMedia();

        builder.Services.AddRazorPages(o => o.Conventions
            .AuthorizeFolder("/Admin", Policies.Staff)
            .AllowAnonymousToPage("/Admin/Login")
            .AuthorizeFolder("/Admin/Users", Policies.ManageSite)
            .AuthorizeFolder("/Admin/Sections", Policies.ManageSite)
            .AuthorizePage("/Admin/Audit", Policies.ManageSite))
            .AddMvcOptions(o => o.MaxModelBindingCollectionSize = 1024);
        // Uploads above the configured limit are cut off by Kestrel and the form reader, not read into memory.
        var maxUpload = builder.Configuration.GetValue<long?>($"{SiteOptions.SectionName}:{nameof(SiteOptions.MaxUploadBytes)}") ?? new SiteOptions().MaxUploadBytes;
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload + (1024 * 1024));
        // Razor escapes every non-ASCII character by default (&#x627;…); let Arabic through as UTF-8.
        builder.Services.Configure<WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement,
                UnicodeRanges.GeneralPunctuation, UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement,
                UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<NewsDateFormatter>();
        builder.Services.AddOptions<CounterOptions>().BindConfiguration(CounterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ViewCounter>();
        builder.Services.AddScoped<ArticleWorkflow>();
        builder.Services.AddHostedService<ScheduledPublisher>();
        builder.Services.AddSingleton<IBufferedCounter>(s => s.GetRequiredService<ViewCounter>());
        builder.Services.AddHostedService<CountFlusher>();
        builder.AddSharing();
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
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(5000), new ShortCodeAssigner())
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
