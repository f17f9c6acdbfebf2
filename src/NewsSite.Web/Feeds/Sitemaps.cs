using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Feeds;

// sitemaps.org 0.9 sitemaps (an index over paged article sitemaps and one for listing pages) and the Google News
// sitemap, streamed with XmlWriter (which entity-escapes); every <loc> is the percent-encoded canonical URL.
public sealed class Sitemaps(NewsDbContext db, IOptions<SiteOptions> site, SiteUrls urls, IOptions<FeedOptions> options, NewsDateFormatter dates, TimeProvider clock)
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    public async Task WriteIndexAsync(Stream output, CancellationToken cancellationToken)
    {
        var size = options.Value.SitemapPageSize;
        // Article sitemaps cover fixed id ranges, so a story stays in the same file (while the page size stays).
        var pages = await db.Articles.Published()
            .GroupBy(a => (a.Id - 1) / size)
            .Select(g => new { Page = g.Key + 1, LastModified = g.Max(a => a.ModifiedAtUtc ?? a.PublishedAtUtc!.Value) })
            .OrderBy(p => p.Page)
            .ToListAsync(cancellationToken);
        var latest = pages.Count == 0 ? (DateTime?)null : pages.Max(p => p.LastModified);

        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "sitemapindex", Namespace);
        await WriteSitemapAsync(writer, SiteUrls.PagesSitemap, latest);
        foreach (var page in pages)
        {
            await WriteSitemapAsync(writer, SiteUrls.ArticlesSitemap(page.Page), page.LastModified);
        }

        await WriteSitemapAsync(writer, SiteUrls.NewsSitemap, latest);
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    // A page that holds no published story does not exist (a sitemap must list at least one URL).
    public async Task<bool> ArticlesPageExistsAsync(int page, CancellationToken cancellationToken) =>
        page >= 1 && await ArticlesOnPage(page).AnyAsync(cancellationToken);

    public async Task WriteArticlesAsync(int page, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        var rows = ArticlesOnPage(page).OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug, LastModified = a.ModifiedAtUtc ?? a.PublishedAtUtc!.Value });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await WriteUrlAsync(writer, SiteUrls.Article(row.Id, row.Slug), row.LastModified);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private IQueryable<Article> ArticlesOnPage(int page)
    {
        var size = options.Value.SitemapPageSize;
        var (from, to) = ((page - 1L) * size, (long)page * size);
        return db.Articles.AsNoTracking().Published().Where(a => a.Id > from && a.Id <= to);
    }

    // The home page and every section, author and tag page that lists at least one story.
    public async Task WritePagesAsync(Stream output, CancellationToken cancellationToken)
    {
        var published = db.Articles.Published();
        var home = await published.MaxAsync(a => (DateTime?)a.PublishedAtUtc, cancellationToken);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder)
            .Select(s => new { s.Slug, Last = published.Where(a => a.SectionId == s.Id).Max(a => a.PublishedAtUtc) })
            .Where(s => s.Last != null).ToListAsync(cancellationToken);
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Slug)
            .Select(x => new { x.Slug, Last = published.Where(a => a.Bylines.Any(b => b.AuthorId == x.Id)).Max(a => a.PublishedAtUtc) })
            .Where(x => x.Last != null).ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug)
            .Select(t => new { t.Slug, Last = published.Where(a => a.Tags.Any(x => x.Id == t.Id)).Max(a => a.PublishedAtUtc) })
            .Where(t => t.Last != null).Take(50_000 - 1 - sections.Count - authors.Count).ToListAsync(cancellationToken);

        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        await WriteUrlAsync(writer, SiteUrls.Home, home);
        foreach (var section in sections)
        {
            await WriteUrlAsync(writer, SiteUrls.Section(section.Slug), section.Last);
        }

        foreach (var author in authors)
        {
            await WriteUrlAsync(writer, SiteUrls.Author(author.Slug), author.Last);
        }

        foreach (var tag in tags)
        {
            await WriteUrlAsync(writer, SiteUrls.Tag(tag.Slug), tag.Last);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    // Stories published in the last 48 hours, newest first, at most 1,000 (Google News sitemap rules).
    public async Task WriteNewsAsync(Stream output, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-options.Value.NewsSitemapHours);
        var stories = await db.Articles.AsNoTracking().Published()
            .Where(a => a.PublishedAtUtc >= since && a.PublishedAtUtc <= now)
            .Latest().Take(options.Value.NewsSitemapMaxItems)
            .Select(a => new { a.Id, a.Slug, a.Content.Title, PublishedAtUtc = a.PublishedAtUtc!.Value })
            .ToListAsync(cancellationToken);

        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        await writer.WriteAttributeStringAsync("xmlns", "news", null, NewsNamespace);
        foreach (var story in stories)
        {
            await writer.WriteStartElementAsync(null, "url", Namespace);
            await writer.WriteElementStringAsync(null, "loc", Namespace, Absolute(SiteUrls.Article(story.Id, story.Slug)));
            await writer.WriteStartElementAsync("news", "news", NewsNamespace);
            await writer.WriteStartElementAsync("news", "publication", NewsNamespace);
            await writer.WriteElementStringAsync("news", "name", NewsNamespace, FeedEntries.Text(site.Value.SiteName));
            await writer.WriteElementStringAsync("news", "language", NewsNamespace, "ar");
            await writer.WriteEndElementAsync();
            await writer.WriteElementStringAsync("news", "publication_date", NewsNamespace, dates.Iso(story.PublishedAtUtc));
            await writer.WriteElementStringAsync("news", "title", NewsNamespace, FeedEntries.Text(story.Title));
            await writer.WriteEndElementAsync();
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    public string Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /search\n")
            .Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {Absolute(SiteUrls.SitemapIndex)}\n")
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {Absolute(SiteUrls.NewsSitemap)}\n");
        return text.ToString();
    }

    private async Task WriteSitemapAsync(XmlWriter writer, string path, DateTime? lastModified)
    {
        await writer.WriteStartElementAsync(null, "sitemap", Namespace);
        await writer.WriteElementStringAsync(null, "loc", Namespace, Absolute(path));
        if (lastModified is { } utc)
        {
            await writer.WriteElementStringAsync(null, "lastmod", Namespace, dates.Iso(utc));
        }

        await writer.WriteEndElementAsync();
    }

    private async Task WriteUrlAsync(XmlWriter writer, string path, DateTime? lastModified)
    {
        await writer.WriteStartElementAsync(null, "url", Namespace);
        await writer.WriteElementStringAsync(null, "loc", Namespace, Absolute(path));
        if (lastModified is { } utc)
        {
            await writer.WriteElementStringAsync(null, "lastmod", Namespace, dates.Iso(utc));
        }

        await writer.WriteEndElementAsync();
    }

    private string Absolute(string path) => urls.Absolute(path);
}
