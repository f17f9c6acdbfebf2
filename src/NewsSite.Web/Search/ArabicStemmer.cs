namespace NewsSite.Web.Search;

// Light stemming of normalized tokens, after Larkey et al.'s light10 and Lucene's ArabicStemmer (articles with their
// attached و ف ب ك ل off the front, common suffixes off the end), made more careful about short words and names: a stem keeps at least three letters, and the two-letter
// suffixes that often belong to the word itself (ان ون ين يه هم) need four letters left, so بوتين, وزير, إيران,
// قانون and إعلان stay whole while شركات and شركة still meet at شرك. The unstemmed form is indexed as well and
// weighs more, so exact words rank first and a stem only widens recall.
public static class ArabicStemmer
{
    private const int MinStem = 3;

    // Article and its attached conjunction or preposition, longest first: والاتفاقية، بالاتفاق، للاتفاق → اتفاق…
    private static readonly string[] ArticlePrefixes =
        ["وبال", "وكال", "وفال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

    // Checked in this order, each at most once per pass, until a pass removes nothing; with the letters to keep.
    private static readonly (string Suffix, int Keep)[] Suffixes =
    [
        ("ها", MinStem), ("هم", MinStem + 1), ("ان", MinStem + 1), ("ات", MinStem), ("ون", MinStem + 1),
        ("ين", MinStem + 1), ("يه", MinStem + 1), ("ه", MinStem), ("ي", MinStem),
        ("ا", MinStem + 1),   // the alef that carries tanween: اتفاقاً، آفاقاً (and روسيا meets روسي)
    ];

    // The letters that attach to a word without an article: و ف (and), ب (with), ك (like), ل (for).
    private static readonly char[] SingleLetterPrefixes = ['و', 'ف', 'ب', 'ك', 'ل'];

    // The stem of a normalized token, as used for queries. Tokens that are not Arabic words come back unchanged.
    public static string Stem(string token)
    {
        if (!IsArabicWord(token))
        {
            return token;
        }

        // A stem never becomes a function word: الكمأة stays كماه rather than كما ("as").
        var withoutArticle = StripArticle(token);
        if (ArabicStopWords.Contains(withoutArticle))
        {
            return token;
        }

        var stem = StripSuffixes(withoutArticle);
        return ArabicStopWords.Contains(stem) ? withoutArticle : stem;
    }

    // The stems put into the index for one normalized token: the query stem, and, when the word starts with a
    // letter that may be an attached و ف ب ك ل, the stem of the rest too. Only the index gets this second
    // reading, so that "أعلن" finds "وأعلن" while the query "وزير" never turns into "زير".
    public static IEnumerable<string> IndexStems(string token)
    {
        var stem = Stem(token);
        yield return stem;
        if (IsArabicWord(token) && token.Length - 1 >= MinStem && Array.IndexOf(SingleLetterPrefixes, token[0]) >= 0)
        {
            var alternative = Stem(token[1..]);
            if (alternative != stem)
            {
                yield return alternative;
            }
        }
    }

    private static string StripArticle(string token)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (token.Length - prefix.Length >= MinStem && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return token[prefix.Length..];
            }
        }

        return token;
    }

    private static string StripSuffixes(string word)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var (suffix, keep) in Suffixes)
            {
                if (word.Length - suffix.Length >= keep && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    word = word[..^suffix.Length];
                    changed = true;
                }
            }
        }
        while (changed);

        return word;
    }

    private static bool IsArabicWord(string token) => token.Length > 0 && token[0] is >= '\u0621' and <= '\u064A';
}
