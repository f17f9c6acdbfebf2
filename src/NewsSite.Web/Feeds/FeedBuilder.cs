using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}

// The latest stories of the site or of one section as a SyndicationFeed, with absolute canonical links, dates in the
// newsroom's zone (the formatters write RFC 822 for RSS and RFC 3339 for Atom, both culture-invariant), the standfirst
// as summary, the rendered body as full content and the hero image as an enclosure and a Media RSS element.
public sealed class FeedBuilder(
    NewsDbContext db, IOptions<SiteOptions> site, SiteUrls urls, IOptions<FeedOptions> options, NewsDateFormatter dates, FeedEntries entries,
    TimeProvider clock)
{
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace AtomNamespace = "http://www.w3.org/2005/Atom";

    // Null when the section does not exist.
    public async Task<SyndicationFeed?> BuildAsync(string? sectionSlug, FeedFormat format, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Published();
        Section? section = null;
        if (sectionSlug is not null)
        {
            section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == sectionSlug, cancellationToken);
            if (section is null)
            {
                return null;
            }

            articles = articles.Where(a => a.SectionId == section.Id);
        }

        var stories = await articles.Latest().Take(options.Value.ItemCount)
            .Include(a => a.Section).Include(a => a.Author).Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.Tags)
            .AsSplitQuery().ToListAsync(cancellationToken);

        var name = site.Value.SiteName;
        var pagePath = section is null ? SiteUrls.Home : SiteUrls.Section(section.Slug);
        var selfPath = (section?.Slug, format) switch
        {
            (null, FeedFormat.Rss) => SiteUrls.Rss,
            (null, _) => SiteUrls.Atom,
            ({ } slug, FeedFormat.Rss) => SiteUrls.SectionRss(slug),
            ({ } slug, _) => SiteUrls.SectionAtom(slug),
        };
        var description = section is null ? site.Value.Tagline : $"آخر أخبار {section.Name} من {name}";
        var feed = new SyndicationFeed(
            FeedEntries.Text(section is null ? name : $"{section.Name} | {name}"),
            FeedEntries.Description(description, format),
            new Uri(Absolute(pagePath)))
        {
            Id = Absolute(selfPath),
            Language = "ar",
            LastUpdatedTime = stories.Count == 0 ? clock.GetUtcNow() : dates.ToLocal(stories.Max(LastModified)),
            Items = entries.For(stories, format),
        };
        feed.Authors.Add(new SyndicationPerson { Name = name, Uri = Absolute(SiteUrls.Home) });
        Declare(feed, "media", Media);
        if (format == FeedFormat.Rss)
        {
            // RSS has <language>; xml:lang on the channel says the same to XML tools. The self link is the RSS
            // Advisory Board's recommendation, written as atom:link.
            feed.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), "ar");
            Declare(feed, "atom", AtomNamespace);
            Declare(feed, "content", Content);
            Declare(feed, "dc", DublinCore);
            feed.ElementExtensions.Add(new XElement(AtomNamespace + "link",
                new XAttribute("href", Absolute(selfPath)), new XAttribute("rel", "self"), new XAttribute("type", ContentType(format))));
        }
        else
        {
            feed.Links.Add(new SyndicationLink(new Uri(Absolute(selfPath)), "self", feed.Title.Text, ContentType(format), 0));
        }

        return feed;
    }

    // Prefixes for the extension namespaces, declared once on the channel or feed element.
    private static void Declare(SyndicationFeed feed, string prefix, XNamespace ns) =>
        feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, "http://www.w3.org/2000/xmlns/"), ns.NamespaceName);

    public static string ContentType(FeedFormat format) => format == FeedFormat.Rss ? "application/rss+xml" : "application/atom+xml";

    // Readers' idea of "updated": an update or a correction, never a minor fix.
    internal static DateTime LastModified(Article article) => article.ModifiedAtUtc ?? article.PublishedAtUtc!.Value;

    private string Absolute(string path) => urls.Absolute(path);
}
