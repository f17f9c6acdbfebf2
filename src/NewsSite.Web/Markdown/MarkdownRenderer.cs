using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Markdown;

// One pipeline for every caller (reader pages, the editor's preview, feeds). Raw HTML in Markdown is escaped by
// Markdig; the sanitizer then removes what Markdown itself can produce that is unsafe (javascript: links).
public sealed class MarkdownRenderer
{
    // The useful parts of UseAdvancedExtensions, minus generic attributes ({onclick=…}) and media embeds (iframes);
    // heading ids keep Arabic letters (the default keeps ASCII only, so every Arabic heading became "section").
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFigures()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    // Character references decode to raw characters (&#14; → U+000E), which no XML feed could carry: they go.
    public string ToHtml(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, _pipeline);
        return ControlCharacters.Lines(Embeds.ReplaceParagraphLinks(_sanitizer.Sanitize(html)));
    }

    // What a reader reads, without Markdown syntax or link targets: for the search index and search snippets.
    public string ToPlainText(string markdown) => ControlCharacters.Lines(Markdig.Markdown.ToPlainText(markdown, _pipeline));

    // Pictures in the body that another site would serve (and so see every reader of the story): the workflow refuses
    // them, and rendering drops any that are stored already.
    public IReadOnlyList<string> ExternalImages(string markdown) =>
        [.. Markdig.Markdown.Parse(markdown, _pipeline).Descendants<LinkInline>()
            .Where(link => link.IsImage && !IsSiteRelative(link.Url))
            .Select(link => link.Url ?? "")];

    public static int CountWords(string markdown) =>
        markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    // "/media/…" is this site's; "//host/…", "http…" and "data:" are not.
    private static bool IsSiteRelative(string? url) => url is ['/', not '/' and not '\\', ..];

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "IMG" } img)
            {
                if (!IsSiteRelative(img.GetAttribute("src")))
                {
                    img.Replace(img.Owner!.CreateTextNode(img.GetAttribute("alt") ?? ""));
                    return;
                }

                img.SetAttribute("loading", "lazy");
                img.SetAttribute("decoding", "async");
            }
        };
        return sanitizer;
    }
}
