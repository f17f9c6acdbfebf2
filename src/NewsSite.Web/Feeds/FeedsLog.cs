namespace NewsSite.Web.Feeds;

internal static partial class FeedsLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Left story {ArticleId} out of a feed: it could not be written")]
    public static partial void FeedItemSkipped(this ILogger logger, Exception exception, int articleId);
}
