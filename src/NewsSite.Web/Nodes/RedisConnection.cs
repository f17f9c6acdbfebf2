using StackExchange.Redis;

namespace NewsSite.Web.Nodes;

// The one connection to Redis (ConnectionStrings:Redis) that the page cache, the keys, the change relay and the rate
// limits share. Connected on first use and reconnected by the client; a Redis that is down at start does not stop the
// site. Every key and the channel start with Prefix (NewsSite:Redis:Prefix), so two sites can share one Redis.
public sealed class RedisConnection(string configuration, string prefix) : IDisposable
{
    public string Prefix => prefix;

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
