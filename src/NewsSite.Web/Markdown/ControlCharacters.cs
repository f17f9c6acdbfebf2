namespace NewsSite.Web.Markdown;

// Control characters come in from word processors (U+000B for a line break), from pasted PDFs and from character
// references in Markdown (&#14;). They show as nothing, break XML (feeds, sitemaps) and can forge log lines, so text is
// cleaned of them where it comes in and, for what was stored before, where it goes out as XML.
public static class ControlCharacters
{
    // One line of text (headline, caption, tag): every control character, line breaks included, becomes a space.
    public static string OneLine(string text) =>
        HasAny(text, keepLineBreaks: false) ? Collapse(new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)])) : text;

    // Running text (a body): line breaks and tabs stay, other control characters go.
    public static string Lines(string text) =>
        HasAny(text, keepLineBreaks: true) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]) : text;

    private static bool HasAny(string text, bool keepLineBreaks) =>
        text.Any(c => char.IsControl(c) && !(keepLineBreaks && c is '\n' or '\r' or '\t'));

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
