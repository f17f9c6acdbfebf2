using StackExchange.Redis;

namespace NewsSite.Web.Nodes;

// The one connection to Redis (ConnectionStrings:Redis) that the page cache, the keys and the change relay share.
// Connected on first use and reconnected by the client; a Redis that is down at start does not stop the site.
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    });

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
