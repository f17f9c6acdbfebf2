namespace NewsSite.Web.Counters;

internal static class CountersServiceCollectionExtensions
{
    // Page views here; other capabilities add their own buffered counters (shares) with AddBufferedCounter.
    public static WebApplicationBuilder AddCounters(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CounterOptions>().BindConfiguration(CounterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddBufferedCounter<ViewCounter>();
        builder.Services.AddHostedService<CountFlusher>();
        return builder;
    }

    // One instance, found by type (to record) and by CountFlusher among every IBufferedCounter (to flush).
    public static IServiceCollection AddBufferedCounter<TCounter>(this IServiceCollection services)
        where TCounter : class, IBufferedCounter
    {
        services.AddSingleton<TCounter>();
        services.AddSingleton<IBufferedCounter>(s => s.GetRequiredService<TCounter>());
        return services;
    }
}
