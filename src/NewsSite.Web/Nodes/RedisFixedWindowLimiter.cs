using System.Diagnostics;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace NewsSite.Web.Nodes;

// A fixed-window limit counted in Redis, so that every node counts the same requests: a client cannot get a node's
// allowance from each node behind the balancer. One round trip per request (a script: add, start the window's clock on
// the first one, read what is left). If Redis cannot be reached the request goes ahead — limits are a guard, and the
// site stays up.
internal sealed class RedisFixedWindowLimiter(RedisConnection redis, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private const string Script = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return {n, redis.call('PTTL', KEYS[1])}
        """;

    private static readonly RateLimitLease Granted = new Plain(acquired: true);
    private static readonly RateLimitLease NotYet = new Plain(acquired: false);

    private readonly RedisKey _key = redis.Prefix + "limits:" + key;
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // Asked first, on the request's thread: answered without Redis (not yet), so that the rate-limiting middleware goes
    // on to AcquireAsync — one asynchronous round trip per request, never a blocking one.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Granted : NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        try
        {
            return Lease(await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(Script, [_key], Arguments(permitCount)), permitCount);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return Granted;
        }
    }

    private RedisValue[] Arguments(int permitCount) => [permitCount, (long)window.TotalMilliseconds];

    private RateLimitLease Lease(RedisResult result, int permitCount)
    {
        var values = (RedisResult[])result!;
        var used = (long)values[0];
        if (permitCount == 0 || used <= permitLimit)
        {
            return Granted;
        }

        var left = (long)values[1];
        return new Refused(left > 0 ? TimeSpan.FromMilliseconds(left) : window);
    }

    // A lease with nothing to say: granted, or "not yet" (ask again, asynchronously).
    private sealed class Plain(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private sealed class Refused(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
