namespace NewsSite.Web.Operations;

internal static partial class OperationsLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The {Command} did not happen: {Reason}")]
    public static partial void BackupFailed(this ILogger logger, string command, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written to {File}: {Stories} stories, {Pictures} picture files")]
    public static partial void BackupWritten(this ILogger logger, string file, long stories, int pictures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {File}: {Stories} stories, {Pictures} picture files")]
    public static partial void BackupRestored(this ILogger logger, string file, long stories, int pictures);
}
