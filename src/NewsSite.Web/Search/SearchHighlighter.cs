using System.Text;

namespace NewsSite.Web.Search;

// Highlights the original text (with its hamzas and harakat) by running each word through the same normalization
// and stemming as the index, so what is marked is exactly what matched.
public sealed class SearchHighlighter
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;

    public SearchHighlighter(IReadOnlyList<SearchTerm> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            _exact.TryAdd(terms[i].Normalized, i);
            _stems.TryAdd(terms[i].Stem, i);
        }

        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public HighlightedText Highlight(string text)
    {
        var words = Words(text);
        return Build(text, words, 0, words.Count - 1);
    }

    // The window of about maxWords words with the most distinct query words in it (then the most matches); the
    // opening words when nothing matches (the story matched on its headline or tags).
    public HighlightedText Snippet(string text, int maxWords = 30)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return new([], false, false);
        }

        var bestStart = 0;
        var bestScore = -1;
        foreach (var start in words.Select((w, i) => (w, i)).Where(x => x.w.Term >= 0).Select(x => Math.Max(0, x.i - 4)).Distinct())
        {
            var window = words.Skip(start).Take(maxWords).Where(w => w.Term >= 0).ToList();
            var score = (window.Select(w => w.Term).Distinct().Count() * 1000) + window.Count;
            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }

        return Build(text, words, bestStart, Math.Min(words.Count, bestStart + maxWords) - 1);
    }

    private static HighlightedText Build(string text, List<Word> words, int first, int last)
    {
        if (words.Count == 0)
        {
            return new(text.Length == 0 ? [] : [new TextSegment(text, false)], false, false);
        }

        var cutStart = first > 0;
        var cutEnd = last < words.Count - 1;
        var from = cutStart ? words[first].Start : 0;
        var to = cutEnd ? words[last].End : text.Length;
        var segments = new List<TextSegment>();
        var position = from;
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (word.Term < 0)
            {
                continue;
            }

            if (word.Start > position)
            {
                segments.Add(new TextSegment(text[position..word.Start], false));
            }

            segments.Add(new TextSegment(text[word.Start..word.End], true));
            position = word.End;
        }

        if (to > position)
        {
            segments.Add(new TextSegment(text[position..to], false));
        }

        return new(segments, cutStart, cutEnd);
    }

    // Words of the original text, with the index of the query term each one matches (-1: none). The text is
    // normalized once, remembering where each character came from; text that NFKC would change (presentation
    // forms, decomposed letters) takes the slower word-by-word path.
    private List<Word> Words(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormKC))
        {
            return WordsOneByOne(text);
        }

        var normalized = new char[text.Length];
        var origin = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!ArabicNormalizer.IsIgnorable(text[i]))
            {
                normalized[length] = ArabicNormalizer.Fold(text[i]);
                origin[length++] = i;
            }
        }

        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= length; i++)
        {
            var inWord = i < length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                // The marks after a word's last letter (its final haraka) belong to the highlighted word.
                var end = origin[i - 1] + 1;
                while (end < text.Length && ArabicNormalizer.IsWordChar(text[end]) && !char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                words.Add(new Word(origin[start], end, Match(normalized.AsSpan(start, i - start))));
                start = -1;
            }
        }

        return words;
    }

    private List<Word> WordsOneByOne(string text)
    {
        var words = new List<Word>();
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
                var term = -1;
                foreach (var token in ArabicNormalizer.Tokenize(text[start..i]))
                {
                    term = Match(token);
                    if (term >= 0)
                    {
                        break;
                    }
                }

                words.Add(new Word(start, i, term));
                start = -1;
            }
        }

        return words;
    }

    // A normalized word matches a term when it is the term as written, or when one of its index stems is the term's
    // stem. A stem is part of the word, so words that do not contain any query stem are not stemmed at all.
    private int Match(ReadOnlySpan<char> token)
    {
        if (_exactLookup.TryGetValue(token, out var term))
        {
            return term;
        }

        foreach (var stem in _stems.Keys)
        {
            if (token.Contains(stem, StringComparison.Ordinal))
            {
                foreach (var candidate in ArabicStemmer.IndexStems(token.ToString()))
                {
                    if (_stems.TryGetValue(candidate, out term))
                    {
                        return term;
                    }
                }

                break;
            }
        }

        return -1;
    }

    private readonly record struct Word(int Start, int End, int Term);
}
