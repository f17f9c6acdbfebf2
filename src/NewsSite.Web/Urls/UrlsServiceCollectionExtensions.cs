namespace NewsSite.Web.Urls;

internal static class UrlsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddUrls(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteUrls>();
        return builder;
    }
}
