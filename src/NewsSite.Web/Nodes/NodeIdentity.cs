namespace NewsSite.Web.Nodes;

// This process among the site's nodes: machine, process and a random part (a restarted node is a new holder).
public sealed class NodeIdentity
{
    public string Name { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Truncate(string name) => name.Length <= 200 ? name : name[^200..];
}
