namespace NewsSite.Web.Nodes;

internal static partial class NodesLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Change {Action} from node {Node} applied to this node's copies")]
    public static partial void ChangeReceived(this ILogger logger, string action, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Changes from other nodes are not being received; subscribing again")]
    public static partial void ChangeRelayInterrupted(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change notification from another node could not be read")]
    public static partial void ChangeUnreadable(this ILogger logger);
}
