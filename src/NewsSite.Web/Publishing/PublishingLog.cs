namespace NewsSite.Web.Publishing;

internal static partial class PublishingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled articles")]
    public static partial void ScheduledPublished(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled articles failed")]
    public static partial void ScheduledPublishFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Listener} failed on the '{Action}' change; the change itself was saved")]
    public static partial void ChangeListenerFailed(this ILogger logger, Exception exception, string listener, string action);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save article {ArticleId} ({Action}); nothing was saved and the editor was told")]
    public static partial void SaveFailed(this ILogger logger, Exception exception, int articleId, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave short codes to {ArticleCount} articles that had none")]
    public static partial void ShortCodesBackfilled(this ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the sample newsroom: {ArticleCount} stories")]
    public static partial void SampleContentAdded(this ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated {Done} of {Count} stories in {Seconds} s")]
    public static partial void StoriesGenerated(this ILogger logger, int done, int count, int seconds);
}
