namespace NewsSite.Web.Accounts;

internal static partial class AccountsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists and NewsSite:Admin:Email/Password are not set: nobody can sign in to the admin area")]
    public static partial void NoAdminConfigured(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {Email} from configuration")]
    public static partial void AdminCreated(this ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {UserName} {Action} article {ArticleId}: {Details}")]
    public static partial void Audit(this ILogger logger, string userName, string action, int? articleId, string details);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail \"{Subject}\" written to the pickup folder: {File}")]
    public static partial void MailWritten(this ILogger logger, string subject, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail \"{Subject}\" sent")]
    public static partial void MailSent(this ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail \"{Subject}\" not sent: NewsSite:Mail has no Host or PickupFolder")]
    public static partial void MailNotConfigured(this ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {UserName} {Action}")]
    public static partial void AccountAction(this ILogger logger, string userName, string action);

    [LoggerMessage(Level = LogLevel.Error, Message = "A password-reset e-mail could not be sent")]
    public static partial void ResetMailFailed(this ILogger logger, Exception exception);
}
