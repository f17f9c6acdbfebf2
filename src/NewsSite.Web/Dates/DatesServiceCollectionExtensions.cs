namespace NewsSite.Web.Dates;

internal static class DatesServiceCollectionExtensions
{
    // The clock (tests replace it) and the one formatter of every date a reader sees.
    public static WebApplicationBuilder AddDates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NewsDateFormatter>();
        return builder;
    }
}
