using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NewsSite.Web.Import;

// A WordPress export (WXR: RSS 2.0 with WordPress's wp:, content:, excerpt: and dc: elements, versions 1.0 to 1.2),
// read as a stream one <item> at a time, so an archive of any size fits in memory.
public sealed record WxrAuthor(string Login, string DisplayName);

public sealed record WxrTerm(string Domain, string Slug, string Name);

public sealed record WxrItem(
    long PostId, string Title, string Link, string Identifier, string Creator, string ContentHtml, string ExcerptHtml, string PostName,
    string Status, string PostType, DateTime? DateUtc, DateTime? ModifiedUtc, IReadOnlyList<WxrTerm> Terms,
    IReadOnlyDictionary<string, string> Meta, string AttachmentUrl);

internal static class WxrDocument
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    // The site's authors (channel-level <wp:author>), by login.
    public static Dictionary<string, WxrAuthor> Authors(string path)
    {
        var authors = new Dictionary<string, WxrAuthor>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in Elements(path, "author"))
        {
            var login = Wp(element, "author_login");
            if (login.Length > 0)
            {
                authors[login] = new WxrAuthor(login, Wp(element, "author_display_name") is { Length: > 0 } name ? name : login);
            }
        }

        return authors;
    }

    // Every <item>: posts, pages, attachments, menu items (the caller chooses).
    public static IEnumerable<WxrItem> Items(string path)
    {
        foreach (var item in Elements(path, "item"))
        {
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in item.Elements().Where(e => IsWp(e, "postmeta")))
            {
                meta[Wp(entry, "meta_key")] = Wp(entry, "meta_value");
            }

            yield return new WxrItem(
                long.TryParse(Wp(item, "post_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
                Text(item.Element("title")),
                Text(item.Element("link")),
                Text(item.Element("guid")),
                Text(item.Element(XName.Get("creator", DublinCore))),
                Text(item.Element(XName.Get("encoded", ContentNamespace))),
                Text(item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.EndsWith("/excerpt/", StringComparison.Ordinal))),
                Wp(item, "post_name"),
                Wp(item, "status"),
                Wp(item, "post_type"),
                Date(Wp(item, "post_date_gmt")) ?? Date(Wp(item, "post_date")),
                Date(Wp(item, "post_modified_gmt")) ?? Date(Wp(item, "post_modified")),
                [.. item.Elements("category").Select(c => new WxrTerm(
                    (string?)c.Attribute("domain") ?? "category", Slug((string?)c.Attribute("nicename") ?? ""), Text(c)))],
                meta,
                Wp(item, "attachment_url"));
        }
    }

    // WordPress keeps Arabic slugs percent-encoded (%d8%a7…).
    public static string Slug(string nicename)
    {
        try
        {
            return Uri.UnescapeDataString(nicename).Trim();
        }
        catch (UriFormatException)
        {
            return nicename.Trim();
        }
    }

    // "0000-00-00 00:00:00" is WordPress for "never" (a draft's GMT date).
    private static DateTime? Date(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            && date.Year > 1 ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;

    private static IEnumerable<XElement> Elements(string path, string localName)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, XmlResolver = null });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName
                && (localName == "item" ? reader.NamespaceURI.Length == 0 : IsWordPress(reader.NamespaceURI)))
            {
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    private static bool IsWordPress(string ns) => ns.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) && !ns.EndsWith("/excerpt/", StringComparison.Ordinal);

    private static bool IsWp(XElement element, string localName) => element.Name.LocalName == localName && IsWordPress(element.Name.NamespaceName);

    private static string Wp(XElement parent, string localName) => Text(parent.Elements().FirstOrDefault(e => IsWp(e, localName)));

    private static string Text(XElement? element) => element?.Value.Trim() ?? "";
}
