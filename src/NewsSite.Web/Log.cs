namespace NewsSite.Web;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Added buffered page views for {ArticleCount} articles")]
    public static partial void ViewsFlushed(this ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not add buffered page views; they are kept for the next try")]
    public static partial void ViewsFlushFailed(this ILogger logger, Exception exception);
}
