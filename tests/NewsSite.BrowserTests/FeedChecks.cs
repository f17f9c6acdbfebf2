using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.BrowserTests;

// What a feed reader or a link-preview fetcher does with our output: parse the XML, take RSS descriptions and content
// as HTML; read the article's head for its meta tags and JSON-LD.
internal static class FeedChecks
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly HtmlParser Parser = new();

    public static void AssertHarmless(string xml, string feed)
    {
        var document = XDocument.Parse(xml);
        foreach (var description in document.Descendants("description"))
        {
            // Text, encoded as HTML: rendered, it has no elements at all.
            var fragment = Parser.ParseFragment(description.Value, Parser.ParseDocument("").Body!);
            Assert.False(fragment.OfType<IElement>().Any(), $"markup in a description of {feed}: {description.Value}");
        }

        foreach (var html in document.Descendants(Content + "encoded").Select(e => e.Value)
            .Concat(document.Descendants(Atom + "content").Where(c => (string?)c.Attribute("type") == "html").Select(c => c.Value)))
        {
            AssertSafeHtml(html, feed);
        }
    }

    // Nothing in the head but what the template writes: meta tags are attributes only, the JSON-LD is one JSON value.
    public static void AssertHeadIsData(string page, int vector)
    {
        var document = Parser.ParseDocument(page);
        var head = document.Head!;
        Assert.All(head.Children, e => Assert.Contains(e.LocalName, (string[])["meta", "title", "link", "script"]));
        var scripts = head.QuerySelectorAll("script").ToList();
        Assert.Equal(4, scripts.Count);   // the JSON-LD, share.js, counters.js and embeds.js
        var jsonLd = scripts.Single(s => s.GetAttribute("type") == "application/ld+json").TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Single(scripts, s => s.GetAttribute("src") is { } src && src.StartsWith("/js/share", StringComparison.Ordinal));
        Assert.Single(scripts, s => s.GetAttribute("src") is { } src && src.StartsWith("/js/counters", StringComparison.Ordinal));
        Assert.All(head.QuerySelectorAll("meta"), m => Assert.All(m.Attributes, a => Assert.Contains(a.Name, (string[])["charset", "name", "property", "content"])));
        AssertSafeHtml(document.QuerySelector(".article__body")!.InnerHtml, $"article body {vector}");
    }

    private static void AssertSafeHtml(string html, string where)
    {
        var body = Parser.ParseDocument("<!DOCTYPE html><body>" + html + "</body>").Body!;
        var dangerous = body.QuerySelectorAll("script, iframe, object, embed, style, svg, math, form, input, video, audio, base, meta, link, details");
        Assert.False(dangerous.Length > 0, $"{(dangerous.Length > 0 ? dangerous[0].OuterHtml : "")} in {where}");
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.OuterHtml} in {where}");
                Assert.NotEqual("srcdoc", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "data" or "formaction")
                {
                    // As a browser reads it: whitespace and control characters inside the scheme do not count.
                    var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                    var scheme = System.Text.RegularExpressions.Regex.Match(value, "^([a-zA-Z][a-zA-Z0-9+.-]*):");
                    Assert.True(!scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto",
                        $"{attribute.Name}=\"{attribute.Value}\" in {where}");
                }
            }
        }
    }
}
