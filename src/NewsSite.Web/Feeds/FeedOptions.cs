using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Feeds;

public sealed class FeedOptions
{
    public const string SectionName = "NewsSite:Feeds";

    // Stories per RSS/Atom feed.
    [Range(1, 100)]
    public int ItemCount { get; set; } = 30;

    // URLs per article sitemap; sitemaps.org allows at most 50,000. An Arabic story's percent-encoded address makes a
    // URL entry about 350 bytes: 2,000 make a file of about 0.7 MB, which the page cache holds beside the stories (a
    // 50,000 file was 17 MB, and caching it took about 90 MB of memory while it was copied in and out). Changing it
    // moves stories between files once; the index always lists the files as they are.
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 2_000;

    // Google News: stories of the last two days, at most 1,000 per sitemap.
    [Range(1, 48)]
    public int NewsSitemapHours { get; set; } = 48;

    [Range(1, 1_000)]
    public int NewsSitemapMaxItems { get; set; } = 1_000;
}
