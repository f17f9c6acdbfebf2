namespace NewsSite.Web.Nodes;

internal static partial class NodesLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Change {Action} from node {Node} applied to this node's copies")]
    public static partial void ChangeReceived(this ILogger logger, string action, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Several nodes: page cache, data-protection keys and change notifications on Redis")]
    public static partial void SharedStateOnRedis(this ILogger logger);
}
