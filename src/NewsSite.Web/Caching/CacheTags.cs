using Microsoft.AspNetCore.OutputCaching;

namespace NewsSite.Web.Caching;

// What a cached page shows, as tags the evictor removes by: every story on it (its own page, cards, "more by"),
// the section, tag and author lists it is, and whether it lists the newest stories site-wide. Every cached page
// also carries Site (the navigation, the breaking-news banner). Pages call these while they render; outside the
// cache (staff, admin) they do nothing.
public static class CacheTags
{
    public const string Site = "site";
    public const string Latest = "latest";
    public const string Home = "home";

    public static string Article(int id) => "a:" + Id(id);

    public static string Section(int id) => "s:" + Id(id);

    public static string Tag(int id) => "t:" + Id(id);

    public static string Author(int id) => "au:" + Id(id);

    public static void ShowsArticles(this HttpContext http, IEnumerable<int> ids)
    {
        if (Tags(http) is { } tags)
        {
            foreach (var id in ids)
            {
                tags.Add(Article(id));
            }
        }
    }

    public static void Shows(this HttpContext http, params string[] tags)
    {
        if (Tags(http) is { } set)
        {
            set.UnionWith(tags);
        }
    }

    // The page changes by itself at this time (a banner or a front slot that ends): everything tagged so leaves the
    // cache then.
    public static void ChangesAt(this HttpContext http, DateTime? utc, string tag)
    {
        if (utc is { } at && Tags(http) is not null)
        {
            http.RequestServices.GetRequiredService<CacheExpirySchedule>().EvictAt(at, tag);
            // And the page itself expires then: the schedule is this process's, while the cache may be shared by
            // nodes that restart.
            var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            http.CacheFor(at > now ? at - now : TimeSpan.Zero);
        }
    }

    // Counts on the page (share counts in the share API): kept no longer than this.
    public static void CacheFor(this HttpContext http, TimeSpan most)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } context && (context.ResponseExpirationTimeSpan is not { } current || most < current))
        {
            context.ResponseExpirationTimeSpan = most;
        }
    }

    // This answer is nobody's to keep (a failure shown as a page).
    public static void DoNotCache(this HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } context)
        {
            context.AllowCacheStorage = false;
        }
    }

    private static HashSet<string>? Tags(HttpContext http) => http.Features.Get<IOutputCacheFeature>()?.Context.Tags;

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
