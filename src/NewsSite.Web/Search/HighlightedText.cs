namespace NewsSite.Web.Search;

// A piece of original text, marked when it is a word the query matched. Pages render the segments as text (Razor
// encodes them) inside <mark> or not: no HTML is ever built from article text here.
public sealed record TextSegment(string Text, bool IsMatch);

public sealed record HighlightedText(IReadOnlyList<TextSegment> Segments, bool CutStart, bool CutEnd)
{
    public bool HasMatch => Segments.Any(s => s.IsMatch);
}
