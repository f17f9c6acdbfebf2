using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Security;

// Sign-in attempts per account, whatever address they come from: 10 (by default) in 15 minutes, then 429 until the
// window ends.
// (Identity's lockout still locks an account after 5 wrong passwords; this stops a spread-out guessing run too.)
public sealed class SignInThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInsPerAccount,
            Window = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    // Null when the attempt may go ahead; otherwise how long to wait.
    public TimeSpan? TryAttempt(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(15);
    }

    public void Dispose() => _limiter.Dispose();
}
