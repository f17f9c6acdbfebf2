namespace NewsSite.Web;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Added buffered page views for {ArticleCount} articles")]
    public static partial void ViewsFlushed(this ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not add buffered page views; they are kept for the next try")]
    public static partial void ViewsFlushFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the search index: {ArticleCount} published articles in {ElapsedMilliseconds} ms")]
    public static partial void SearchIndexRebuilt(this ILogger logger, int articleCount, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the search index for {ArticleCount} articles; they were saved. Run with --rebuild-search-index to repair the index")]
    public static partial void SearchIndexUpdateFailed(this ILogger logger, Exception exception, int articleCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "A search failed for a query of {TermCount} words")]
    public static partial void SearchFailed(this ILogger logger, Exception exception, int termCount);
}
