using System.Globalization;

namespace NewsSite.Web.Pages;

// Arabic counted nouns change form with the number: خبر واحد، خبران، 3 أخبار، 11 خبراً، 100 خبر.
public static class ArabicCount
{
    public static string News(long n) => Format(n, "خبر واحد", "خبران", "أخبار", "خبراً", "خبر");

    public static string Format(long n, string one, string two, string few, string many, string hundreds)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        var rest = n % 100;
        return n switch
        {
            0 => $"لا {few}",
            1 => one,
            2 => two,
            _ when rest is >= 3 and <= 10 => $"{number} {few}",
            _ when rest is >= 11 and <= 99 => $"{number} {many}",
            _ => $"{number} {hundreds}",
        };
    }
}
