namespace NewsSite.Web.Counters;

internal static partial class CountersLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Added {KeyCount} buffered counts (views, shares) to the database")]
    public static partial void CountsFlushed(this ILogger logger, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not add buffered counts; they are kept for the next try")]
    public static partial void CountsFlushFailed(this ILogger logger, Exception exception);
}
