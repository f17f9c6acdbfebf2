using System.Xml.Linq;

namespace NewsSite.Tests.Import;

// Builds a WordPress export (WXR 1.2) the way WordPress's export.php writes one: RSS 2.0 with the wp:, content:,
// excerpt: and dc: namespaces, authors and terms in the channel, one <item> per post or attachment, CDATA text.
internal sealed class WordPressExport
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly XElement _channel = new("channel",
        new XElement("title", "الأفق القديم"),
        new XElement("link", "https://old.alofoq.example"),
        new XElement("language", "ar"),
        new XElement(Wp + "wxr_version", "1.2"),
        new XElement(Wp + "base_site_url", "https://old.alofoq.example"),
        new XElement(Wp + "base_blog_url", "https://old.alofoq.example"));

    public WordPressExport Author(string login, string displayName)
    {
        _channel.Add(new XElement(Wp + "author",
            new XElement(Wp + "author_id", _channel.Elements(Wp + "author").Count() + 1),
            new XElement(Wp + "author_login", new XCData(login)),
            new XElement(Wp + "author_email", new XCData(login + "@old.example")),
            new XElement(Wp + "author_display_name", new XCData(displayName))));
        return this;
    }

    public WordPressExport Attachment(long id, string url, string title, string alt = "", string caption = "")
    {
        _channel.Add(new XElement("item",
            new XElement("title", title),
            new XElement("link", $"https://old.alofoq.example/?attachment_id={id}"),
            new XElement("guid", new XAttribute("isPermaLink", "false"), url),
            new XElement(Dc + "creator", new XCData("admin")),
            new XElement(Content + "encoded", new XCData("")),
            new XElement(Excerpt + "encoded", new XCData(caption)),
            new XElement(Wp + "post_id", id),
            new XElement(Wp + "post_date_gmt", new XCData("2024-05-12 08:00:00")),
            new XElement(Wp + "post_name", new XCData("image-" + id)),
            new XElement(Wp + "status", new XCData("inherit")),
            new XElement(Wp + "post_type", new XCData("attachment")),
            new XElement(Wp + "attachment_url", new XCData(url)),
            Meta("_wp_attachment_image_alt", alt)));
        return this;
    }

    public sealed record Term(string Domain, string Nicename, string Name);

    public WordPressExport Post(long id, string title, string html, string slug, string status = "publish", string type = "post",
        string dateGmt = "2024-05-12 08:30:00", string modifiedGmt = "2024-05-12 08:30:00", string author = "admin", string excerpt = "",
        long? thumbnail = null, params Term[] terms)
    {
        var encodedSlug = Uri.EscapeDataString(slug).ToLowerInvariant();   // WordPress stores Arabic slugs percent-encoded
        _channel.Add(new XElement("item",
            new XElement("title", title),
            new XElement("link", $"https://old.alofoq.example/2024/05/12/{encodedSlug}/"),
            new XElement("pubDate", "Sun, 12 May 2024 08:30:00 +0000"),
            new XElement(Dc + "creator", new XCData(author)),
            new XElement("guid", new XAttribute("isPermaLink", "false"), $"https://old.alofoq.example/?p={id}"),
            new XElement("description"),
            new XElement(Content + "encoded", new XCData(html)),
            new XElement(Excerpt + "encoded", new XCData(excerpt)),
            new XElement(Wp + "post_id", id),
            new XElement(Wp + "post_date", new XCData(dateGmt)),
            new XElement(Wp + "post_date_gmt", new XCData(dateGmt)),
            new XElement(Wp + "post_modified", new XCData(modifiedGmt)),
            new XElement(Wp + "post_modified_gmt", new XCData(modifiedGmt)),
            new XElement(Wp + "comment_status", new XCData("open")),
            new XElement(Wp + "post_name", new XCData(encodedSlug)),
            new XElement(Wp + "status", new XCData(status)),
            new XElement(Wp + "post_parent", 0),
            new XElement(Wp + "post_type", new XCData(type)),
            new XElement(Wp + "is_sticky", 0),
            terms.Select(t => new XElement("category", new XAttribute("domain", t.Domain), new XAttribute("nicename", Uri.EscapeDataString(t.Nicename).ToLowerInvariant()), new XCData(t.Name))),
            thumbnail is { } picture ? Meta("_thumbnail_id", picture.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null));
        return this;
    }

    public void Save(string path) =>
        new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement("rss",
            new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "excerpt", Excerpt.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wp", Wp.NamespaceName),
            _channel)).Save(path);

    private static XElement Meta(string key, string value) =>
        new(Wp + "postmeta", new XElement(Wp + "meta_key", new XCData(key)), new XElement(Wp + "meta_value", new XCData(value)));
}
