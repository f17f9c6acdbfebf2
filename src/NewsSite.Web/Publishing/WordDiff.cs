using System.Text;
using DiffPlex;
using NewsSite.Web.Search;

namespace NewsSite.Web.Publishing;

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
    Retouched,   // the same word with other harakat, tatweel or hamza seat: shown, never as a word removed and added
}

// One run of text in a comparison; Before is the old spelling of a retouched run.
public sealed record DiffSegment(DiffKind Kind, string Text, string? Before = null);

// Two versions of a text compared word by word. Arabic paragraphs are single long lines, so a line diff marks a whole
// paragraph for one changed word; here words are compared by their search normalization (no harakat or tatweel, one
// alef, ى/ي and ة/ه folded), and punctuation and spaces are pieces of their own, so a comma added or a shadda placed
// marks only that.
public static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string? before, string? after)
    {
        var (oldTokens, newTokens) = (Tokens(before ?? ""), Tokens(after ?? ""));
        var result = Differ.Instance.CreateDiffs(string.Join('\u0001', oldTokens.Select(Key)), string.Join('\u0001', newTokens.Select(Key)),
            ignoreWhiteSpace: false, ignoreCase: false, new KeyChunker());
        var segments = new List<DiffSegment>();
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks.Append(new DiffPlex.Model.DiffBlock(oldTokens.Count, 0, newTokens.Count, 0)))
        {
            for (; a < block.DeleteStartA && b < block.InsertStartB; a++, b++)
            {
                // Equal keys: the same piece, or the same word written with other marks (line breaks as \r\n or \n are the same).
                var retouched = oldTokens[a] != newTokens[b] && ArabicNormalizer.IsWordChar(newTokens[b][0]);
                segments.Add(retouched ? new(DiffKind.Retouched, newTokens[b], oldTokens[a]) : new(DiffKind.Same, newTokens[b]));
            }

            for (var i = 0; i < block.DeleteCountA; i++, a++)
            {
                segments.Add(new(DiffKind.Deleted, oldTokens[a]));
            }

            for (var i = 0; i < block.InsertCountB; i++, b++)
            {
                segments.Add(new(DiffKind.Inserted, newTokens[b]));
            }
        }

        return Merge(segments);
    }

    public static bool Changed(IReadOnlyList<DiffSegment> segments) => segments.Any(s => s.Kind != DiffKind.Same);

    // Words (letters, digits and the marks inside them), runs of spaces, and each other character on its own.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (ArabicNormalizer.IsWordChar(text[i]))
            {
                while (i < text.Length && ArabicNormalizer.IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    // What makes two pieces the same: a word's normalization; for spaces, only how many lines they break.
    // A paragraph break (two line breaks or more) differs from a line break, which differs from a space; \r\n is \n.
    private static string Key(string token) =>
        (char.IsWhiteSpace(token[0]) ? Math.Min(token.Count(c => c == '\n'), 2) switch { 0 => " ", 1 => "\n", _ => "\n\n" }
        : ArabicNormalizer.IsWordChar(token[0]) ? ArabicNormalizer.Normalize(token)
        : token).Replace('\u0001', ' ');   // the separator of the keys handed to DiffPlex never appears inside one

    // Neighbouring runs of one kind become one segment; a space between two changed words joins them.
    private static List<DiffSegment> Merge(List<DiffSegment> segments)
    {
        var merged = new List<DiffSegment>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].Kind == segment.Kind && segment.Kind != DiffKind.Retouched)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }

    // The texts handed to DiffPlex are the keys joined by \u0001; this splits them back.
    private sealed class KeyChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\u0001');
    }

    internal static string Render(IReadOnlyList<DiffSegment> segments) =>
        segments.Aggregate(new StringBuilder(), (b, s) => b.Append(s.Kind switch
        {
            DiffKind.Deleted => "[-" + s.Text + "-]",
            DiffKind.Inserted => "{+" + s.Text + "+}",
            DiffKind.Retouched => "~" + s.Text + "~",
            _ => s.Text,
        })).ToString();
}
