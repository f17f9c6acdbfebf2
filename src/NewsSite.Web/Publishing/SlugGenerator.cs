using System.Globalization;
using System.Text;

namespace NewsSite.Web.Publishing;

// Arabic slugs: the headline's first words without tashkeel, tatweel or punctuation, joined by hyphens.
public static class SlugGenerator
{
    public const int MaxWords = 8;

    public static string FromTitle(string title, int maxWords = MaxWords)
    {
        var text = title.Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsMark(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Join('-', words.Take(maxWords));
    }

    private static bool IsMark(char c) =>
        c == '\u0640' // tatweel
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || c is '\u200c' or '\u200d' or '\u200e' or '\u200f';
}
