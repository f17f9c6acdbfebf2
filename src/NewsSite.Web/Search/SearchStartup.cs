namespace NewsSite.Web.Search;

internal static class SearchStartup
{
    public const string RebuildSwitch = "--rebuild-search-index";

    // `dotnet run --project src/NewsSite.Web -- --rebuild-search-index` rebuilds the index and exits.
    public static bool IsRebuildCommand(string[] args) => args.Contains(RebuildSwitch, StringComparer.Ordinal);

    public static async Task RebuildSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(app.Lifetime.ApplicationStopping);
    }

    // An empty index beside published stories (search deployed on an existing database, a restored backup) is
    // rebuilt before the first request.
    public static async Task EnsureSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().EnsurePopulatedAsync(app.Lifetime.ApplicationStopping);
    }
}
