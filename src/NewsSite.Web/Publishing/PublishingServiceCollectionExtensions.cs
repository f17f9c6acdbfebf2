using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing.Samples;

namespace NewsSite.Web.Publishing;

internal static class PublishingServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChangeNotifier>();
        builder.Services.AddScoped<SlugsAndTags>();
        builder.Services.AddScoped<ArticleComposer>();
        builder.Services.AddScoped<EmbedPreviews>();
        builder.Services.AddOptions<EmbedOptions>().BindConfiguration(EmbedOptions.SectionName);
        builder.Services.AddHttpClient(EmbedPreviews.ClientName, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("NewsSite-Embeds/1"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        builder.Services.AddScoped<ArticleWorkflow>();
        builder.Services.AddScoped<AuthorProfiles>();
        builder.Services.AddScoped<Taxonomy>();
        builder.Services.AddScoped<Fronts>();
        builder.Services.AddScoped<BreakingNewsDesk>();
        builder.Services.AddSingleton<BreakingNewsBanner>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<BreakingNewsBanner>());
        builder.Services.AddHostedService<ScheduledPublisher>();
        return builder;
    }

    // Before the first request: short codes for stories saved before they existed, and the sample newsroom when asked
    // for (NewsSite:SeedSampleContent) and the database has none.
    public static async Task PreparePublishingAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();
        var stopping = app.Lifetime.ApplicationStopping;
        var backfilled = await workflow.BackfillShortCodesAsync(stopping);
        if (backfilled > 0)
        {
            app.Logger.ShortCodesBackfilled(backfilled);
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value.SeedSampleContent ?? app.Environment.IsDevelopment())
        {
            var added = await SampleNewsroom.AddAsync(db, workflow, stopping);
            if (added > 0)
            {
                app.Logger.SampleContentAdded(added);
            }
        }
    }
}
