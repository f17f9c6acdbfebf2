using System.Globalization;
using System.Text;

namespace NewsSite.Web.Search;

// The one normalization that both the index and every query go through: NFKC, harakat, tatweel and invisible marks
// removed, the alef forms folded to ا, ى to ي, ة to ه, Eastern digits to 0-9, Latin to lower case without accents.
// FTS5's unicode61 tokenizer splits Arabic words at harakat and folds none of these forms, so FTS5 only ever
// sees the output of Tokenize: lower-case tokens of letters and ASCII digits, joined by spaces.
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        // Compose first (NFKC is composed like NFC, never decomposed): ا + U+0654 must become أ before the mark
        // stripping below, or ؤ would silently turn into و. The K also folds presentation forms (ﻻ → لا, ﺑ → ب)
        // that text pasted from PDFs is full of.
        var composed = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (IsIgnorable(c))
            {
                continue;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    // Normalized words: runs of letters and digits. Everything else (punctuation, spaces, symbols) separates.
    public static List<string> Tokenize(string text)
    {
        var normalized = Normalize(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var isWordChar = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(normalized[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    // The words of a text as printed (hamzas, ة and ى kept), without harakat, tatweel or invisible marks: for showing
    // a word the index knows only in its normalized form.
    public static IEnumerable<string> PrintedWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (IsWordChar(c))
            {
                if (!IsIgnorable(c))
                {
                    word.Append(c);
                }
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    // A character of a word as typed or printed, before normalization: letters, digits and the marks between them.
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || IsIgnorable(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // Characters that belong inside a word but carry no meaning for search: harakat and Quranic marks, tatweel,
    // and the invisible bidi and joiner controls that .NET and editors put into Arabic text.
    public static bool IsIgnorable(char c) =>
        c is >= '\u064B' and <= '\u065F'   // fathatan … sukun, and the rarer marks after them
            or '\u0670'                    // superscript alef
            or >= '\u0610' and <= '\u061A' // honorific and Quranic marks
            or >= '\u06D6' and <= '\u06ED' // Quranic annotation marks
            or '\u0640'                    // tatweel
            or >= '\u200B' and <= '\u200F' // zero-width space, ZWNJ, ZWJ, LRM, RLM
            or '\u061C'                    // Arabic letter mark
            or >= '\u202A' and <= '\u202E' // bidi embeddings and overrides
            or >= '\u2066' and <= '\u2069' // bidi isolates
            or '\uFEFF';                   // byte-order mark / zero-width no-break space

    // The per-character part of Normalize (after NFKC): used by SearchHighlighter to normalize a whole text in one
    // pass while keeping track of where each character came from.
    internal static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // أ إ آ ٱ → ا
        '\u0649' => '\u064A',                                      // ى → ي
        '\u0629' => '\u0647',                                      // ة → ه
        '\u06CC' => '\u064A',                                      // Persian ی → ي
        '\u06A9' => '\u0643',                                      // Persian ک → ك
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Eastern Arabic-Indic (Persian) digits
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= '\u00C0' and <= '\u024F' => FoldLatin(c),
        _ => char.IsUpper(c) ? char.ToLowerInvariant(c) : c,
    };

    // é → e, Ü → u: what FTS5's remove_diacritics does for Latin, done here so highlighting agrees with matching.
    private static char FoldLatin(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.LowercaseLetter ? decomposed[0] : lower;
    }
}
