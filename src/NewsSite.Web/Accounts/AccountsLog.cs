namespace NewsSite.Web.Accounts;

internal static partial class AccountsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists and NewsSite:Admin:Email/Password are not set: nobody can sign in to the admin area")]
    public static partial void NoAdminConfigured(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {Email} from configuration")]
    public static partial void AdminCreated(this ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {UserName} {Action} article {ArticleId}: {Details}")]
    public static partial void Audit(this ILogger logger, string userName, string action, int? articleId, string details);
}
