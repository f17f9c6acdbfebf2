using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Nodes;

namespace NewsSite.Web.Security;

// The framework's rate limiter, per client address (after forwarded headers, so the proxy's own address is never
// the key) or per signed-in staff member. Limits are generous for people and tight for scripts; a request over a
// limit answers 429 with Retry-After and the Arabic error page.
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Search = "search";
    public const string Sharing = "sharing";
    public const string Preview = "preview";
    public const string Views = "views";
    public const string Suggestions = "suggestions";

    public static IServiceCollection AddNewsRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;   // the status-code page writes the Arabic page
            };
            // Sign-in attempts (POST only) from one address.
            o.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? PerMinute(http, SignIn, Address(http), l => l.SignInsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            // Searches from one address (a person types far fewer).
            o.AddPolicy(Search, http => PerMinute(http, Search, Address(http), l => l.SearchesPerMinute));
            // Counted share clicks from one address (a whole office behind one address shares less).
            o.AddPolicy(Sharing, http => PerMinute(http, Sharing, Address(http), l => l.SharesPerMinute));
            // View beacons from one address (one per article page a reader opens).
            o.AddPolicy(Views, http => PerMinute(http, Views, Address(http), l => l.ViewsPerMinute));
            o.AddPolicy(Suggestions, http => PerMinute(http, Suggestions, Address(http), l => l.SuggestionsPerMinute));
            // The editor's live preview (debounced while typing), per staff member.
            o.AddPolicy(Preview, http => http.Request.Query["handler"] == "Preview"
                ? PerMinute(http, Preview, http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Address(http), l => l.PreviewsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
        });
    }

    // A window of a minute per key: in this process, or in Redis when the site runs on several nodes (one count for
    // all of them).
    private static RateLimitPartition<string> PerMinute(HttpContext http, string policy, string key, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return http.RequestServices.GetService<RedisConnection>() is { } redis
            ? RateLimitPartition.Get(key, k => (RateLimiter)new RedisFixedWindowLimiter(redis, $"{policy}:{k}", limit, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
