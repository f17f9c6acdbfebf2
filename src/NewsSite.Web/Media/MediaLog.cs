namespace NewsSite.Web.Media;

internal static partial class MediaLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Made the {Width}x{Height} rendition of {ImagePath}")]
    public static partial void RenditionCreated(this ILogger logger, string imagePath, int width, int height);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not decode {ImagePath} to make a {Width}x{Height} rendition")]
    public static partial void RenditionFailed(this ILogger logger, string imagePath, int width, int height);
}
