using System.Text;

namespace NewsSite.Web.Search;

// "هل تقصد…؟": for a query word the stories do not have (or barely have), the word at one edit — a letter missing,
// extra, swapped or changed — that the most stories do have. Letters readers confuse (ض/ظ، ذ/ز/د، س/ص/ث، ت/ط، ق/ك،
// ح/ه، and the hamza seats ء ئ ؤ) may change twice and count three times as likely.
internal static class Spelling
{
    private const string ArabicLetters = "ءابتثجحخدذرزسشصضطظعغفقكلمنهويئؤ";
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";
    private const int MinLength = 3;
    private const int MinStories = 1;

    private static readonly string[] Confusable = ["ضظ", "ذزد", "سصث", "تط", "قك", "حه", "ءئؤاوي"];

    // Candidate spellings for a normalized word, each with its weight (3: a confusable letter; 1: any other edit).
    public static Dictionary<string, int> Candidates(string word)
    {
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        if (word.Length < MinLength)
        {
            return candidates;
        }

        var arabic = word[0] is >= '\u0621' and <= '\u064A';
        var letters = arabic ? ArabicLetters : LatinLetters;
        if (!arabic && !word.All(char.IsAsciiLetterLower))
        {
            return candidates;
        }

        void Add(string candidate, int weight)
        {
            if (candidate != word && candidate.Length >= MinLength)
            {
                candidates[candidate] = Math.Max(weight, candidates.GetValueOrDefault(candidate));
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                Add(word.Remove(i, 1), IsHamza(word[i]) ? 3 : 1);                              // a letter too many
                if (i + 1 < word.Length)
                {
                    Add(string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)), 1);   // two swapped
                }

                foreach (var letter in letters.Where(l => l != word[i]))
                {
                    Add(Replace(word, i, letter), AreConfusable(word[i], letter) ? 3 : 1);     // a wrong letter
                }
            }

            foreach (var letter in letters)
            {
                Add(word.Insert(i, letter.ToString()), IsHamza(letter) ? 3 : 1);             // a letter missing (often a hamza)
            }
        }

        // Two confusable letters in one word: الظرائب → الضرائب needs one, but ذ/ز and ض/ظ together happen too.
        foreach (var once in candidates.Where(c => c.Value == 3 && c.Key.Length == word.Length).Select(c => c.Key).ToList())
        {
            for (var i = 0; i < once.Length; i++)
            {
                foreach (var letter in Confusable.Where(g => g.Contains(once[i], StringComparison.Ordinal)).SelectMany(g => g).Where(l => l != once[i]))
                {
                    Add(Replace(once, i, letter), 2);
                }
            }
        }

        return candidates;
    }

    // The best correction among those the index knows, or null: stories must have it, and many more than the word.
    public static string? Best(string word, int wordStories, IReadOnlyDictionary<string, int> candidates, IReadOnlyDictionary<string, int> known) =>
        candidates.Where(c => known.GetValueOrDefault(c.Key) >= MinStories && known[c.Key] > wordStories * 10)
            .OrderByDescending(c => (long)known[c.Key] * c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).FirstOrDefault();

    private static string Replace(string word, int at, char letter)
    {
        var builder = new StringBuilder(word);
        builder[at] = letter;
        return builder.ToString();
    }

    private static bool IsHamza(char c) => c is 'ء' or 'ئ' or 'ؤ';

    private static bool AreConfusable(char a, char b) => Confusable.Any(g => g.Contains(a, StringComparison.Ordinal) && g.Contains(b, StringComparison.Ordinal));
}
