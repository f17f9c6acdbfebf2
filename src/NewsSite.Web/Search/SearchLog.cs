namespace NewsSite.Web.Search;

internal static partial class SearchLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the search index: {ArticleCount} published articles in {ElapsedMilliseconds} ms")]
    public static partial void SearchIndexRebuilt(this ILogger logger, int articleCount, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the search index for {ArticleCount} articles; they were saved. Run with --rebuild-search-index to repair the index")]
    public static partial void SearchIndexUpdateFailed(this ILogger logger, Exception exception, int articleCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "A search failed for a query of {TermCount} words")]
    public static partial void SearchFailed(this ILogger logger, Exception exception, int termCount);
}
