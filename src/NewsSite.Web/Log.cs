namespace NewsSite.Web;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Added {KeyCount} buffered counts (views, shares) to the database")]
    public static partial void CountsFlushed(this ILogger logger, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists and NewsSite:Admin:Email/Password are not set: nobody can sign in to the admin area")]
    public static partial void NoAdminConfigured(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {Email} from configuration")]
    public static partial void AdminCreated(this ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {UserName} {Action} article {ArticleId}: {Details}")]
    public static partial void Audit(this ILogger logger, string userName, string action, int? articleId, string details);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled articles")]
    public static partial void ScheduledPublished(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled articles failed")]
    public static partial void ScheduledPublishFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not add buffered counts; they are kept for the next try")]
    public static partial void CountsFlushFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Made the {Width}x{Height} rendition of {ImagePath}")]
    public static partial void RenditionCreated(this ILogger logger, string imagePath, int width, int height);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not decode {ImagePath} to make a {Width}x{Height} rendition")]
    public static partial void RenditionFailed(this ILogger logger, string imagePath, int width, int height);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave short codes to {ArticleCount} articles that had none")]
    public static partial void ShortCodesBackfilled(this ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the search index: {ArticleCount} published articles in {ElapsedMilliseconds} ms")]
    public static partial void SearchIndexRebuilt(this ILogger logger, int articleCount, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the search index for {ArticleCount} articles; they were saved. Run with --rebuild-search-index to repair the index")]
    public static partial void SearchIndexUpdateFailed(this ILogger logger, Exception exception, int articleCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "A search failed for a query of {TermCount} words")]
    public static partial void SearchFailed(this ILogger logger, Exception exception, int termCount);
}
