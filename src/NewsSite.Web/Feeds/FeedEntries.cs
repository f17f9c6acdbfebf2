using System.Net;
using System.ServiceModel.Syndication;
using System.Xml.Linq;
using Microsoft.AspNetCore.StaticFiles;
using NewsSite.Web.Dates;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Feeds;

// One feed item per story: absolute canonical link, dates in the newsroom's zone, the standfirst as summary, the
// rendered body as full content, the lead picture as enclosure and Media RSS. Every string is cleaned of characters
// XML cannot carry, and a story that still cannot be written is left out (and logged): one bad story never takes a
// whole feed down.
public sealed class FeedEntries(SiteUrls urls, NewsDateFormatter dates, IWebHostEnvironment environment, ILogger<FeedEntries> logger)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public List<SyndicationItem> For(IEnumerable<Article> stories, FeedFormat format)
    {
        var items = new List<SyndicationItem>();
        foreach (var story in stories)
        {
            try
            {
                items.Add(Item(story, format));
            }
            catch (Exception ex) when (ex is UriFormatException or ArgumentException or FormatException)
            {
                logger.FeedItemSkipped(ex, story.Id);
            }
        }

        return items;
    }

    public static string Text(string text) => ControlCharacters.OneLine(text);

    // Feed readers take an RSS description as HTML: text is encoded as HTML first, so "<img onerror=…>" in a standfirst
    // arrives as the words it is, and "a < b" reads right. Atom says type="text" and needs no such step.
    public static string Description(string text, FeedFormat format) =>
        format == FeedFormat.Rss ? WebUtility.HtmlEncode(Text(text)) : Text(text);

    private SyndicationItem Item(Article article, FeedFormat format)
    {
        var content = article.Content;
        var item = new SyndicationItem
        {
            // Stable across slug changes: the id-only address redirects to the canonical one.
            Id = urls.Absolute(SiteUrls.ArticleById(article.Id)),
            Title = new TextSyndicationContent(Text(content.Title)),
            PublishDate = dates.ToLocal(article.PublishedAtUtc!.Value),
            LastUpdatedTime = dates.ToLocal(FeedBuilder.LastModified(article)),
            Summary = new TextSyndicationContent(Description(string.IsNullOrEmpty(content.Standfirst) ? content.Title : content.Standfirst, format)),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(urls.Absolute(SiteUrls.Article(article))), "text/html"));
        item.Categories.Add(new SyndicationCategory(Text(article.Section.Name)));
        foreach (var tag in article.Tags.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            item.Categories.Add(new SyndicationCategory(Text(tag.Name)));
        }

        // A feed reader has no page to resolve "/media/…" against: every address in the body is made absolute.
        var body = ControlCharacters.Lines(urls.AbsoluteInHtml(article.BodyHtml));
        if (format == FeedFormat.Atom)
        {
            item.Content = new TextSyndicationContent(body, TextSyndicationContentKind.Html);
            foreach (var author in Authors(article))
            {
                item.Authors.Add(new SyndicationPerson { Name = Text(author.Name), Uri = urls.Absolute(SiteUrls.Author(author.Slug)) });
            }
        }
        else
        {
            // RSS 2.0 has no element for the full text or a named author: the content and Dublin Core modules do.
            item.ElementExtensions.Add(new XElement(FeedBuilder.Content + "encoded", body));
            foreach (var author in Authors(article))
            {
                item.ElementExtensions.Add(new XElement(FeedBuilder.DublinCore + "creator", Text(author.Name)));
            }
        }

        AddImage(item, content, format);
        return item;
    }

    private static IEnumerable<Author> Authors(Article article) =>
        article.Bylines.Count > 0 ? article.Bylines.OrderBy(b => b.Position).Select(b => b.Author) : [article.Author];

    private void AddImage(SyndicationItem item, ArticleContent content, FeedFormat format)
    {
        if (SiteUrls.Image(content.ImagePath) is not { } path)
        {
            return;
        }

        var url = new Uri(urls.Absolute(path));
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "image/jpeg";
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        var length = file.Exists ? file.Length : 0;
        if (format == FeedFormat.Rss)
        {
            // RSS 2.0 requires length; the formatter drops it when 0, the value the RSS Best Practices Profile asks
            // for when the size is unknown (a picture kept outside wwwroot).
            item.ElementExtensions.Add(new XElement("enclosure",
                new XAttribute("url", url.AbsoluteUri), new XAttribute("length", length), new XAttribute("type", type)));
        }
        else
        {
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(url, type, length));
        }

        var media = new XElement(FeedBuilder.Media + "content",
            new XAttribute("url", url.AbsoluteUri), new XAttribute("medium", "image"), new XAttribute("type", type));
        if (content.ImageWidth is { } width && content.ImageHeight is { } height)
        {
            media.Add(new XAttribute("width", width), new XAttribute("height", height));
        }

        if (!string.IsNullOrEmpty(content.ImageAlt))
        {
            media.Add(new XElement(FeedBuilder.Media + "description", new XAttribute("type", "plain"), Text(content.ImageAlt)));
        }

        item.ElementExtensions.Add(media);
    }
}
