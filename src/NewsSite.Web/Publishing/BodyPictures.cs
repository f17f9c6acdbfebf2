using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSite.Web.Media;

namespace NewsSite.Web.Publishing;

// Pictures in a story's body, once its Markdown is rendered: each library picture gets its WebP and JPEG renditions
// (srcset, sizes), its width and height (no jump while it loads) and lazy loading, like the lead picture. A picture
// alone in its paragraph with a title — ![alt](/media/….jpg "caption|credit") — becomes a figure with its caption and
// credit; a paragraph of several pictures becomes a gallery, each with its own caption.
internal static partial class BodyPictures
{
    private const string Sizes = "(min-width: 60rem) 42rem, 100vw";

    private static readonly HtmlParser Parser = new();

    // The library pictures (by hash) a rendered body shows.
    public static IReadOnlyList<string> Hashes(string html) =>
        [.. LibrarySource().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    public static string Upgrade(string html, IReadOnlyDictionary<string, (int Width, int Height)> sizes)
    {
        if (!html.Contains("<img", StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var body = document.Body!;
        foreach (var paragraph in body.QuerySelectorAll("p").ToList())
        {
            var pictures = paragraph.Children.Where(c => c.LocalName == "img").ToList();
            var onlyPictures = pictures.Count > 0 && paragraph.ChildNodes.All(n => n is IElement { LocalName: "img" or "br" } || (n is IText t && string.IsNullOrWhiteSpace(t.Data)));
            if (!onlyPictures || (pictures.Count == 1 && string.IsNullOrWhiteSpace(pictures[0].GetAttribute("title"))))
            {
                continue;
            }

            var outer = document.CreateElement("figure");
            outer.ClassName = pictures.Count > 1 ? "gallery" : "body-picture";
            foreach (var picture in pictures)
            {
                var figure = pictures.Count > 1 ? document.CreateElement("figure") : outer;
                if (pictures.Count > 1)
                {
                    figure.ClassName = "gallery__item";
                    outer.AppendChild(figure);
                }

                figure.AppendChild(picture);
                if (Caption(document, picture) is { } caption)
                {
                    figure.AppendChild(caption);
                }
            }

            paragraph.Replace(outer);
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            image.RemoveAttribute("title");
            if (MediaFiles.HashOf(image.GetAttribute("src")) is not { } hash)
            {
                continue;
            }

            image.SetAttribute("src", MediaFiles.RenditionUrl(hash, 960, "jpg"));
            image.SetAttribute("srcset", MediaFiles.SrcSet(hash, "jpg"));
            image.SetAttribute("sizes", Sizes);
            if (sizes.TryGetValue(hash, out var size))
            {
                image.SetAttribute("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                image.SetAttribute("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var picture = document.CreateElement("picture");
            var webp = document.CreateElement("source");
            webp.SetAttribute("type", "image/webp");
            webp.SetAttribute("srcset", MediaFiles.SrcSet(hash, "webp"));
            webp.SetAttribute("sizes", Sizes);
            image.Replace(picture);
            picture.AppendChild(webp);
            picture.AppendChild(image);
        }

        return body.InnerHtml;
    }

    // "caption|credit" from the title: the caption, then the credit in its own span.
    private static IElement? Caption(IDocument document, IElement picture)
    {
        var parts = (picture.GetAttribute("title") ?? "").Split('|', 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0 && parts.Length == 1)
        {
            return null;
        }

        var caption = document.CreateElement("figcaption");
        caption.TextContent = parts[0];
        if (parts.Length == 2 && parts[1].Length > 0)
        {
            var credit = document.CreateElement("span");
            credit.ClassName = "credit";
            credit.TextContent = parts[1];
            caption.AppendChild(document.CreateTextNode(" "));
            caption.AppendChild(credit);
        }

        return caption;
    }

    [GeneratedRegex(@"src=""/media/([0-9a-f]{32})\.jpg""")]
    private static partial Regex LibrarySource();
}
