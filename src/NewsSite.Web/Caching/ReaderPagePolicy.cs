using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Web.Caching;

// Anonymous GET/HEAD of a reader page: served from the server cache when present, stored when it answers 200 (or 204) without
// a cookie. Signed-in staff never read or fill it (their pages say private, no-cache). The key is the path, the
// query keys the page reads (utm_… and the like share one entry) and Accept-Encoding, so each compressed form is
// made once. A stored page carries its own ETag and Last-Modified, and the cache answers 304 to either.
//
// isPrivate: who else sees what the public does not (a partner's API key); varyBy: one more thing the answer depends on
// (the API's CORS origin), as a short value so that a client cannot fill the cache with entries of its own making;
// browsersAsk: browsers and CDNs may keep the answer but must ask again each time (a live story's "anything new?",
// which a browser would otherwise answer itself with "nothing" for BrowserSeconds after an update was posted).
internal sealed class ReaderPagePolicy(
    string[] queryKeys, Func<HttpContext, bool>? isPrivate = null, Func<HttpContext, string>? varyBy = null, bool browsersAsk = false)
    : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value;
        var method = http.Request.Method;
        if (!options.Enabled || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            return ValueTask.CompletedTask;
        }

        // Staff (and whoever isPrivate names) see what the public does not: theirs is never kept.
        if (http.User.Identity?.IsAuthenticated == true || isPrivate?.Invoke(http) == true)
        {
            http.Response.Headers.CacheControl = "private, no-cache";
            return ValueTask.CompletedTask;
        }

        // Which evictions this page's reads come after (see ServeResponseAsync).
        http.Items[StartedAfter] = http.RequestServices.GetRequiredService<RecentEvictions>().Now;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;   // a thousand readers arriving at once cost one render
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        context.CacheVaryByRules.QueryKeys = queryKeys;
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        if (varyBy is not null)
        {
            context.CacheVaryByRules.VaryByValues["by"] = varyBy(http);
        }
        context.Tags.Add(CacheTags.Site);

        // Written now, before the page renders (the cache copies headers at the first byte); a hit replaces them with
        // the stored page's own.
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var headers = http.Response.Headers;
        headers.CacheControl = browsersAsk ? "public, no-cache" : options.CacheControl;
        headers.ETag = NextETag();
        headers.LastModified = HeaderUtilities.FormatDate(now);
        http.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (response.StatusCode == StatusCodes.Status304NotModified)
            {
                response.Headers.Remove(HeaderNames.LastModified);   // the client keeps the one it has
            }
            else if (!Keepable(response.StatusCode))
            {
                // Not found, redirects, errors: no validators, and nobody keeps them.
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.LastModified);
                response.Headers.CacheControl = "no-cache";
            }

            return Task.CompletedTask;
        }, http.Response);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        NewsMetrics.PageCache.Add(1, new KeyValuePair<string, object?>("result", "hit"));
        context.HttpContext.Items[FromCache] = FromCache;
        return ValueTask.CompletedTask;
    }

    // Whether this request was answered with a kept page (its request log line is Debug: see LoggingSetup).
    public static bool ServedFromCache(HttpContext http) => http.Items.ContainsKey(FromCache);

    private static readonly object FromCache = new();
    private static readonly object StartedAfter = new();

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        NewsMetrics.PageCache.Add(1, new KeyValuePair<string, object?>("result", "miss"));
        // Only complete, cookie-free successes are kept (an antiforgery or session cookie is somebody's own), and only
        // when nothing the page shows changed while it was being made.
        if (!Keepable(response.StatusCode) || response.Headers.SetCookie.Count > 0
            || (context.HttpContext.Items[StartedAfter] is long started
                && context.HttpContext.RequestServices.GetRequiredService<RecentEvictions>().EvictedSince(started, context.Tags)))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    // Every page this process renders gets its own tag: a random prefix for the process (so that nodes sharing a cache,
    // or a restarted one, never repeat one) and a counter, multiplied by a random odd number so that two tags do not
    // tell how many pages were asked for in between (still one number per count). Cheap, because a cache hit pays for it
    // too before the stored page's own headers replace it (a new Guid each time read the kernel's random source).
    private static readonly string ETagPrefix = Guid.NewGuid().ToString("N")[..16];
    private static readonly ulong ETagScramble = BitConverter.ToUInt64(Guid.NewGuid().ToByteArray()) | 1;
    private static long _etags;

    private static string NextETag() =>
        string.Create(CultureInfo.InvariantCulture, $"\"{ETagPrefix}{unchecked((ulong)Interlocked.Increment(ref _etags) * ETagScramble):x16}\"");

    // A page, or "nothing new" for a live story's readers.
    private static bool Keepable(int status) => status is StatusCodes.Status200OK or StatusCodes.Status204NoContent;
}
