using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Feeds;

public sealed class FeedOptions
{
    public const string SectionName = "NewsSite:Feeds";

    // Stories per RSS/Atom feed.
    [Range(1, 100)]
    public int ItemCount { get; set; } = 30;

    // URLs per article sitemap; sitemaps.org allows at most 50,000.
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 50_000;

    // Google News: stories of the last two days, at most 1,000 per sitemap.
    [Range(1, 48)]
    public int NewsSitemapHours { get; set; } = 48;

    [Range(1, 1_000)]
    public int NewsSitemapMaxItems { get; set; } = 1_000;
}
