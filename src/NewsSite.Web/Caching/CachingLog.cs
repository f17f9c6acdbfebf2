namespace NewsSite.Web.Caching;

internal static partial class CachingLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Page cache: {Action} evicted {Tags} tags")]
    public static partial void PagesEvicted(this ILogger logger, string action, int tags);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page cache: the scheduled eviction of {Tag} failed")]
    public static partial void ScheduledEvictionFailed(this ILogger logger, Exception exception, string tag);
}
