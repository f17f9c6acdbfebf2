using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsSite.Web.Search;

public enum SearchQueryStatus
{
    Empty,
    TooLong,
    NoWords,
    Ready,
}

// One word of the reader's query: its normalized form (matched against the exact columns) and its stem.
public sealed record SearchTerm(string Normalized, string Stem);

// What the reader typed, turned into plain words. Nothing the reader types ever reaches FTS5 as syntax: quotes,
// *, parentheses, ^, column filters (title:) and the operators AND/OR/NOT/NEAR are dropped, and the page says so.
public sealed partial record SearchQuery(string Text, SearchQueryStatus Status, IReadOnlyList<SearchTerm> Terms, bool IgnoredSyntax, bool DroppedWords)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    private static readonly SearchValues<char> SyntaxChars = SearchValues.Create("\"*()^:{}");
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    public static SearchQuery Parse(string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new(text, SearchQueryStatus.Empty, [], false, false);
        }

        if (text.Length > MaxLength)
        {
            return new(text, SearchQueryStatus.TooLong, [], false, false);
        }

        var ignoredSyntax = text.AsSpan().ContainsAny(SyntaxChars);
        var words = new List<string>();
        foreach (var (word, columnFilter) in RawWords(ColumnSetFilter().Replace(text, " ")))
        {
            if (columnFilter || Operators.Contains(word))
            {
                ignoredSyntax = true;
                continue;
            }

            words.AddRange(ArabicNormalizer.Tokenize(word));
        }

        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var content = distinct.Where(w => !ArabicStopWords.Contains(w)).ToList();
        var chosen = content.Count > 0 ? content : distinct;
        var dropped = chosen.Count > MaxTerms;
        var terms = chosen.Take(MaxTerms).Select(w => new SearchTerm(w, ArabicStemmer.Stem(w))).ToList();
        var status = terms.Count == 0 ? SearchQueryStatus.NoWords : SearchQueryStatus.Ready;
        return new(text, status, terms, ignoredSyntax, dropped);
    }

    // "{title body} :" names columns; the names are not words to look for.
    [GeneratedRegex(@"\{[^}]*\}\s*:")]
    private static partial Regex ColumnSetFilter();

    // The words as typed (letters, digits and the marks inside Arabic words), and whether each one is written as an
    // FTS5 column filter ("title:"; an Arabic word before a colon is just a word). Operators are only operators in
    // capitals, as in FTS5 itself.
    private static IEnumerable<(string Word, bool ColumnFilter)> RawWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && ArabicNormalizer.IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var next = i;
                while (next < text.Length && text[next] == ' ')
                {
                    next++;
                }

                var word = text[start..i];
                yield return (word, next < text.Length && text[next] == ':' && word.All(char.IsAsciiLetterOrDigit));
                start = -1;
            }
        }
    }
}
