using NewsSite.Web.Counters;
using NewsSite.Web.Media;

namespace NewsSite.Web.Sharing;

internal static class SharingServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SharingOptions>().BindConfiguration(SharingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ShortLinkResolver>();
        builder.Services.AddSingleton<ShareLinkService>();
        builder.Services.AddSingleton<SocialMetadata>();
        builder.Services.AddSingleton<SocialImageRenditions>();
        builder.Services.AddSingleton<ShareCounter>();
        builder.Services.AddSingleton<IBufferedCounter>(s => s.GetRequiredService<ShareCounter>());
        return builder;
    }
}
