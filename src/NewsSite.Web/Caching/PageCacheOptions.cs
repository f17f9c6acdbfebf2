using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsSite.Web.Caching;

// NewsSite:Caching. Reader pages are kept on the server until what they show changes (evicted by the workflow's
// change notifications) or Seconds pass, whichever is first; browsers and CDNs keep them BrowserSeconds and may
// show a stale copy for StaleSeconds more while they fetch the next one.
public sealed class PageCacheOptions
{
    public const string SectionName = "NewsSite:Caching";

    public bool Enabled { get; set; } = true;

    // The longest a page stays cached on the server: bounds what no notification covers ("الأكثر قراءة", related stories).
    [Range(1, 86_400)]
    public int Seconds { get; set; } = 300;

    [Range(0, 3_600)]
    public int BrowserSeconds { get; set; } = 10;

    [Range(0, 86_400)]
    public int StaleSeconds { get; set; } = 60;

    // The server cache's memory ceiling; the least recently used pages go first.
    [Range(1, 4_096)]
    public int SizeLimitMegabytes { get; set; } = 64;

    // What every cached page's Cache-Control says, worked out once (bound options do not change once read).
    public string CacheControl => _cacheControl ??= string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={BrowserSeconds}, stale-while-revalidate={StaleSeconds}");

    private string? _cacheControl;
}
