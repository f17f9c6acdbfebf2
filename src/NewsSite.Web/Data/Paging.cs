using System.Globalization;

namespace NewsSite.Web.Data;

internal static class Paging
{
    // "?page=" absent means 1; anything else must be a whole number from 1 up, or the page does not exist (404).
    public static bool TryParsePage(string? raw, out int page)
    {
        if (raw is null)
        {
            page = 1;
            return true;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1;
    }
}
