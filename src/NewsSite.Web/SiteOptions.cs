using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web;

public sealed class SiteOptions
{
    public const string SectionName = "NewsSite";

    [Required]
    public string SiteName { get; set; } = "الأفق";

    [Required]
    public string Tagline { get; set; } = "أخبار الإمارات والعالم لحظة بلحظة";

    // Absolute URLs (canonical, share links, feeds) are built from this, never from the request's Host header.
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5185";

    // IANA id of the newsroom's zone; dates on pages are shown in it.
    [Required]
    public string TimeZone { get; set; } = "Asia/Dubai";

    public DigitStyle Digits { get; set; } = DigitStyle.Western;

    // The publication's Google News page, used where a section has no URL of its own.
    [Url]
    public string? GoogleNewsUrl { get; set; } = "https://news.google.com/?hl=ar&gl=AE&ceid=AE:ar";

    [Range(1, 100)]
    public int PageSize { get; set; } = 10;

    // How often a reader's open live story asks for new updates.
    [Range(1, 600)]
    public int LivePollSeconds { get; set; } = 20;

    // Sample stories in an empty database: on under `dotnet run` (Development) and off everywhere else unless set.
    public bool? SeedSampleContent { get; set; }

    // Where the data-protection keys (sign-in cookies, antiforgery tokens) are kept, so a restart signs nobody out;
    // relative to the content root. Keep it private and in the backup.
    [Required]
    public string KeysPath { get; set; } = "App_Data/keys";

    // Reverse proxies whose X-Forwarded-For/-Proto headers are believed (addresses or CIDR ranges, e.g. 10.0.0.0/8).
    public string[] KnownProxies { get; set; } = [];

    // The longest article body the editor accepts, in characters.
    [Range(1000, 2_000_000)]
    public int MaxBodyLength { get; set; } = 100_000;
}

public enum DigitStyle
{
    Western,
    Eastern,
}
