using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Nodes;

namespace NewsSite.Web.Security;

// Sign-in attempts per account, whatever address they come from: 10 (by default) in 15 minutes, then 429 until the
// window ends.
// (Identity's lockout still locks an account after 5 wrong passwords; this stops a spread-out guessing run too.)
// On several nodes the count is kept in Redis, so the nodes together allow what one would.
public sealed class SignInThrottle(IOptions<RateLimitOptions> options, IServiceProvider services) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        services.GetService<RedisConnection>() is { } redis
            ? RateLimitPartition.Get(account, a => (RateLimiter)new RedisFixedWindowLimiter(redis, "sign-in-account:" + a, options.Value.SignInsPerAccount, Window))
            : RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.SignInsPerAccount,
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    // Null when the attempt may go ahead; otherwise how long to wait.
    public async Task<TimeSpan?> TryAttemptAsync(string email)
    {
        using var lease = await _limiter.AcquireAsync(email.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
    }

    public void Dispose() => _limiter.Dispose();
}
