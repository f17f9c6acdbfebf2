using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.Web.Import;

// A WordPress post's HTML as this site's Markdown: paragraphs (WordPress's "autop" included: classic posts keep
// paragraphs as blank lines, not <p>), headings, bold and italic, links, lists, quotes, tables, code, captioned
// pictures ([caption] shortcodes and <figure>) and embeds as links. Pictures are looked up by the caller (they must
// come into the media library); one not found is left out, its alt text kept as a line. Scripts, styles and forms go,
// and so do WordPress's own shortcodes for galleries, media, forms and page builders; any other [text] stays text.
internal static partial class WordPressHtml
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument("<body>" + Prepare(html) + "</body>");

    // Every picture address in the post, for the caller to fetch.
    public static IReadOnlyList<string> Pictures(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!.Trim()).Distinct(StringComparer.Ordinal)];

    // pictures: the post's picture addresses → this site's path (null: not found, left out).
    public static string ToMarkdown(IHtmlDocument document, IReadOnlyDictionary<string, string?> pictures)
    {
        var blocks = new List<string>();
        Blocks(document.Body!, blocks, pictures);
        return string.Join("\n\n", blocks.Where(b => b.Trim().Length > 0)).Trim();
    }

    // Shortcodes into HTML, then WordPress's autop for posts written without <p>.
    private static string Prepare(string html)
    {
        html = Caption().Replace(html, m =>
        {
            var inner = m.Groups[1].Value;
            var split = CaptionPicture().Match(inner);
            return split.Success ? $"<figure>{split.Groups[1].Value}<figcaption>{split.Groups[2].Value.Trim()}</figcaption></figure>" : inner;
        });
        html = Embed().Replace(html, m => $"\n\n<p><a href=\"{m.Groups[1].Value.Trim()}\">{m.Groups[1].Value.Trim()}</a></p>\n\n");
        html = OtherShortcode().Replace(html, "");
        if (html.Contains("<!-- wp:", StringComparison.Ordinal) || ParagraphTag().IsMatch(html))
        {
            return html;   // block-editor posts and hand-written HTML already have their paragraphs
        }

        var paragraphs = BlankLines().Split(html.Replace("\r\n", "\n", StringComparison.Ordinal));
        return string.Concat(paragraphs.Where(p => p.Trim().Length > 0).Select(p =>
            BlockStart().IsMatch(p) ? p : "<p>" + p.Trim().Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p>"));
    }

    private static void Blocks(INode parent, List<string> blocks, IReadOnlyDictionary<string, string?> pictures)
    {
        var loose = new StringBuilder();   // text and inline elements directly inside a block container
        void Flush()
        {
            if (loose.ToString().Trim() is { Length: > 0 } text)
            {
                blocks.Add(NotAList(text));
            }

            loose.Clear();
        }

        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement element)
            {
                if (node is IText text)
                {
                    loose.Append(Escape(Collapse(text.Data)));
                }

                continue;
            }

            switch (element.LocalName)
            {
                case "p":
                    Flush();
                    if (element.Children.Length == 1 && element.TextContent.Trim().Length == 0 && element.QuerySelector("img") is { } only)
                    {
                        blocks.Add(Picture(only, null, pictures));
                    }
                    else
                    {
                        blocks.Add(NotAList(Inline(element, pictures).Trim()));
                    }

                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush();
                    var level = Math.Clamp(element.LocalName[1] - '0', 2, 4);   // the headline is the story's only h1
                    blocks.Add(new string('#', level) + " " + Inline(element, pictures).Trim());
                    break;
                case "ul" or "ol":
                    Flush();
                    blocks.Add(List(element, pictures, 0));
                    break;
                case "blockquote":
                    Flush();
                    var quoted = new List<string>();
                    Blocks(element, quoted, pictures);
                    blocks.Add(string.Join("\n>\n", quoted.Select(b => string.Join('\n', b.Split('\n').Select(l => "> " + l)))));
                    break;
                case "figure":
                    Flush();
                    if (element.QuerySelector("img") is { } image)
                    {
                        blocks.Add(Picture(image, element.QuerySelector("figcaption") is { } caption ? Inline(caption, pictures).Trim() : null, pictures));
                    }
                    else if (element.QuerySelector("iframe, a[href]") is { } embedded)
                    {
                        blocks.Add(EmbedLink(embedded));
                    }

                    break;
                case "img":
                    Flush();
                    blocks.Add(Picture(element, null, pictures));
                    break;
                case "iframe":
                    Flush();
                    blocks.Add(EmbedLink(element));
                    break;
                case "pre":
                    Flush();
                    blocks.Add("```\n" + element.TextContent.Trim('\n') + "\n```");
                    break;
                case "hr":
                    Flush();
                    blocks.Add("---");
                    break;
                case "table":
                    Flush();
                    blocks.Add(Table(element, pictures));
                    break;
                case "script" or "style" or "noscript" or "form" or "input" or "button" or "select" or "textarea" or "object" or "embed":
                    break;
                case "div" or "section" or "article" or "aside" or "header" or "footer" or "main" or "center" or "figcaption" or "dl":
                    Flush();
                    Blocks(element, blocks, pictures);
                    break;
                default:
                    loose.Append(Inline((INode)element, pictures));
                    break;
            }
        }

        Flush();
    }

    private static string Inline(IElement parent, IReadOnlyDictionary<string, string?> pictures) =>
        AfterBreak().Replace(string.Concat(parent.ChildNodes.Select(n => Inline(n, pictures))), "\\\n");

    private static string Inline(INode node, IReadOnlyDictionary<string, string?> pictures) => node switch
    {
        IText t => Escape(Collapse(t.Data)),
        IElement { LocalName: "br" } => "\\\n",
        IElement { LocalName: "strong" or "b" } e when Inline(e, pictures).Trim() is { Length: > 0 } bold => $"**{bold}**",
        IElement { LocalName: "em" or "i" or "cite" } e when Inline(e, pictures).Trim() is { Length: > 0 } italic => $"*{italic}*",
        IElement { LocalName: "code" } e => "`" + e.TextContent.Replace("`", "'", StringComparison.Ordinal) + "`",
        IElement { LocalName: "a" } e => Link(Inline(e, pictures).Trim(), e.GetAttribute("href")?.Trim() ?? ""),
        IElement { LocalName: "img" } e => pictures.GetValueOrDefault(e.GetAttribute("src")?.Trim() ?? "") is { } path
            ? $"![{Escape(Collapse(e.GetAttribute("alt") ?? "").Trim())}]({path})"
            : Escape(e.GetAttribute("alt") ?? ""),
        IElement { LocalName: "script" or "style" or "iframe" or "noscript" } => "",
        IElement e => Inline(e, pictures),
        _ => "",
    };

    private static string Link(string label, string href) => IsLinkable(href) && label.Length > 0 ? $"[{label}]({Destination(href)})" : label;

    private static string List(IElement list, IReadOnlyDictionary<string, string?> pictures, int depth)
    {
        var lines = new List<string>();
        var number = 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = list.LocalName == "ol" ? $"{number++}. " : "- ";
            var nested = item.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
            foreach (var n in nested)
            {
                n.Remove();
            }

            lines.Add(new string(' ', depth * 3) + marker + Inline(item, pictures).Trim().Replace("\n", "\n" + new string(' ', depth * 3 + marker.Length), StringComparison.Ordinal));
            lines.AddRange(nested.Select(n => List(n, pictures, depth + 1)));
        }

        return string.Join('\n', lines);
    }

    private static string Table(IElement table, IReadOnlyDictionary<string, string?> pictures)
    {
        var rows = table.QuerySelectorAll("tr").Select(r => r.Children.Where(c => c.LocalName is "td" or "th")
            .Select(c => Inline(c, pictures).Replace("\\\n", " ", StringComparison.Ordinal).Trim()).ToList())
            .Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return "";
        }

        var width = rows.Max(r => r.Count);
        string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", width)).Take(width)) + " |";
        return string.Join('\n', [Row(rows[0]), Row(Enumerable.Repeat("---", width)), .. rows.Skip(1).Select(Row)]);
    }

    // A picture in the library, with its caption under it (a figure); without one, nothing but its alt text.
    private static string Picture(IElement image, string? caption, IReadOnlyDictionary<string, string?> pictures)
    {
        var alt = Collapse(image.GetAttribute("alt") ?? "").Trim();
        if (pictures.GetValueOrDefault(image.GetAttribute("src")?.Trim() ?? "") is not { } path)
        {
            return string.Join("\n\n", new[] { Escape(alt), caption ?? "" }.Where(s => s.Length > 0));
        }

        var picture = $"![{Escape(alt).Replace("]", "\\]", StringComparison.Ordinal)}]({path})";
        return caption is { Length: > 0 } ? $"^^^\n{picture}\n^^^ {caption.Replace("\\\n", " ", StringComparison.Ordinal)}" : picture;
    }

    private static string EmbedLink(IElement element)
    {
        var url = (element.GetAttribute("src") ?? element.GetAttribute("href") ?? "").Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        return IsLinkable(url) ? $"[{Escape(url)}]({Destination(url)})" : "";
    }

    // http(s) and mailto, or a path on this site ("/x"; on Linux a rooted path would otherwise parse as a file: URI).
    private static bool IsLinkable(string href) =>
        href is ['/', not '/' and not '\\', ..] || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");

    private static string Destination(string href) => "<" + href.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal) + ">";

    private static string Collapse(string text) => Whitespace().Replace(text.Replace('\u00a0', ' '), " ");

    // A paragraph that starts like a list item ("- ", "1. ") stays a paragraph.
    private static string NotAList(string paragraph) => ListStart().Replace(paragraph, @"$1\$2");

    // Characters Markdown would read as syntax, written as themselves.
    private static string Escape(string text) => MarkdownSyntax().Replace(text, @"\$1");

    [GeneratedRegex(@"\[caption[^\]]*\](.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPicture();

    [GeneratedRegex(@"\[embed[^\]]*\](.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[/?(?:gallery|audio|video|playlist|contact-form(?:-7)?|vc_\w+|et_pb_\w+|wp_\w+)\b[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex OtherShortcode();

    [GeneratedRegex(@"<p[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s*<(?:p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|hr|iframe|section|dl)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(\d*)([-+.])(?=\s)")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\\\n[ \t]+")]
    private static partial Regex AfterBreak();

    [GeneratedRegex(@"([\\`*_\[\]<>#|~^])")]
    private static partial Regex MarkdownSyntax();
}
