namespace NewsSite.Web.Feeds;

internal static class FeedsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<FeedBuilder>();
        builder.Services.AddScoped<FeedEntries>();
        builder.Services.AddScoped<Sitemaps>();
        return builder;
    }
}
