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
public sealed record SearchTerm(string Normalized, string Stem)
{
    // Other readings of the word when it may start with an attached و ف ب ك ل (وبوتين → بوتين, فموسكو → موسكو,
    // وبالنفط → النفط): searched too, but ranked below stories with the word as typed (so وزير never drowns in زير).
    public IReadOnlyList<SearchTerm> Readings { get; init; } = [];
}

// Words the reader put in double quotes: found only next to each other, in this order.
public sealed record SearchPhrase(IReadOnlyList<string> Words);

// What the reader typed, turned into plain words and quoted phrases. Nothing the reader types ever reaches FTS5 as
// syntax: *, parentheses, ^, column filters (title:), the operators AND/OR/NOT/NEAR and unpaired quotes are dropped,
// and the page says so. Terms are the words outside quotes; Phrases the quoted ones.
public sealed partial record SearchQuery(
    string Text, SearchQueryStatus Status, IReadOnlyList<SearchTerm> Terms, bool IgnoredSyntax, bool DroppedWords)
{
    public IReadOnlyList<SearchPhrase> Phrases { get; init; } = [];

    // The words outside quotes in the order typed, function words included (آي فون: آي is one): where two of them
    // may be one name written apart.
    public IReadOnlyList<string> Sequence { get; init; } = [];

    // Every word to mark in results: the terms, their readings, and the words of the phrases.
    public IReadOnlyList<SearchTerm> HighlightTerms =>
        [.. Terms, .. Terms.SelectMany(t => t.Readings), .. Phrases.SelectMany(p => p.Words).Select(w => new SearchTerm(w, ArabicStemmer.Stem(w)))];

    // The letters that attach to the front of a word, alone or two together (وب، فل، وك…), and the least a word must
    // keep once they are taken off.
    private static readonly string[] AttachedPrefixes = ["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"];
    private const int MinReading = 3;

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

        // Quoted runs become phrases; an unpaired quote is syntax to ignore.
        var phrases = new List<SearchPhrase>();
        var quoted = Quoted().Matches(text);
        var outside = Quoted().Replace(text, " ");
        var ignoredSyntax = outside.AsSpan().ContainsAny(SyntaxChars);
        var phraseWords = new List<string>();
        foreach (Match match in quoted)
        {
            var words = Words(match.Groups[1].Value, ref ignoredSyntax);
            if (words.Count > 1)
            {
                phrases.Add(new SearchPhrase(words));
                phraseWords.AddRange(words);
            }
            else if (words.Count == 1)
            {
                outside += " " + words[0];   // one quoted word is just a word
            }
        }

        var sequence = Words(outside, ref ignoredSyntax);
        var distinct = sequence.Distinct(StringComparer.Ordinal).ToList();
        var content = distinct.Where(w => !ArabicStopWords.Contains(w)).ToList();
        var chosen = content.Count > 0 || phrases.Count > 0 ? content : distinct;
        var budget = Math.Max(0, MaxTerms - phraseWords.Count);
        var dropped = chosen.Count > budget || phraseWords.Count > MaxTerms;
        var terms = chosen.Take(budget).Select(Term).ToList();
        var status = terms.Count == 0 && phrases.Count == 0 ? SearchQueryStatus.NoWords : SearchQueryStatus.Ready;
        return new(text, status, terms, ignoredSyntax, dropped) { Phrases = phrases, Sequence = sequence };
    }

    private static SearchTerm Term(string word) =>
        new(word, ArabicStemmer.Stem(word)) { Readings = [.. Readings(word).Select(r => new SearchTerm(r, ArabicStemmer.Stem(r)))] };

    // وبوتين → بوتين; وبالنفط → بالنفط and النفط; فلسطين → لسطين (which finds nothing, and costs nothing).
    private static IEnumerable<string> Readings(string word)
    {
        if (word.Length == 0 || word[0] is < '\u0621' or > '\u064A')
        {
            return [];
        }

        return AttachedPrefixes
            .Where(prefix => word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= MinReading)
            .Select(prefix => word[prefix.Length..])
            .Where(reading => !ArabicStopWords.Contains(reading))
            .Distinct(StringComparer.Ordinal);
    }

    private static List<string> Words(string text, ref bool ignoredSyntax)
    {
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

        return words;
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

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
