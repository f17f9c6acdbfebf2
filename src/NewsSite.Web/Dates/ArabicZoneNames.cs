using System.Globalization;

namespace NewsSite.Web.Dates;

// The newsroom's time zone as an editor reads it: "بتوقيت الإمارات (UTC+4)". Zones of the Arab world by name; any
// other by its offset alone.
internal static class ArabicZoneNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Asia/Dubai"] = "الإمارات",
        ["Asia/Muscat"] = "عُمان",
        ["Asia/Riyadh"] = "السعودية",
        ["Asia/Kuwait"] = "الكويت",
        ["Asia/Qatar"] = "قطر",
        ["Asia/Bahrain"] = "البحرين",
        ["Asia/Baghdad"] = "العراق",
        ["Asia/Amman"] = "الأردن",
        ["Asia/Beirut"] = "لبنان",
        ["Asia/Damascus"] = "سوريا",
        ["Asia/Gaza"] = "فلسطين",
        ["Asia/Hebron"] = "فلسطين",
        ["Asia/Aden"] = "اليمن",
        ["Africa/Cairo"] = "القاهرة",
        ["Africa/Khartoum"] = "السودان",
        ["Africa/Tripoli"] = "ليبيا",
        ["Africa/Tunis"] = "تونس",
        ["Africa/Algiers"] = "الجزائر",
        ["Africa/Casablanca"] = "المغرب",
        ["Africa/Nouakchott"] = "موريتانيا",
        ["Europe/London"] = "لندن",
        ["UTC"] = "غرينتش",
        ["Etc/UTC"] = "غرينتش",
    };

    public static string Label(TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(DateTime.UtcNow);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = offset.Duration();
        var utc = hours.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{hours.Hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{hours.Hours}:{hours.Minutes:00}");
        return Names.TryGetValue(zone.Id, out var name) ? $"بتوقيت {name} ({utc})" : $"بتوقيت {utc}";
    }
}
