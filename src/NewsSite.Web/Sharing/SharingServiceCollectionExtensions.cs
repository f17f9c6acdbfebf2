using NewsSite.Web.Counters;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Sharing;

internal static class SharingServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ShortLinkResolver>();
        builder.Services.AddSingleton<IArticleChangeListener>(s => s.GetRequiredService<ShortLinkResolver>());
        builder.Services.AddSingleton<ShareLinkService>();
        builder.Services.AddSingleton<SocialMetadata>();
        builder.Services.AddBufferedCounter<ShareCounter>();
        return builder;
    }
}
