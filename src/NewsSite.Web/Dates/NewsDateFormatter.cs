using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsSite.Web.Dates;

// Every date a reader sees goes through here: Gregorian with Gulf month names (ar-AE, never bare ar-SA, whose
// default calendar is Umm al-Qura), in the newsroom's zone, with the Hijri date beside it.
public sealed class NewsDateFormatter
{
    private static readonly CultureInfo Gregorian = CultureInfo.GetCultureInfo("ar-AE");
    private static readonly CultureInfo Hijri = CreateHijriCulture();
    private readonly TimeZoneInfo _zone;
    private readonly DigitStyle _digits;

    public NewsDateFormatter(IOptions<SiteOptions> options)
    {
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        _digits = options.Value.Digits;
    }

    // "بتوقيت الإمارات (UTC+4)": the zone editors type times in, named in Arabic where we know it.
    public string ZoneLabel => ArabicZoneNames.Label(_zone);

    public DateTimeOffset ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), _zone);

    // A wall-clock time typed by an editor in the newsroom's zone, as UTC.
    public DateTime FromLocal(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);

    // For <input type="datetime-local">.
    public string LocalInput(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    // "الخميس 20 يونيو 2024"
    public string LongDate(DateTime utc) => Digits(ToLocal(utc).ToString("dddd d MMMM yyyy", Gregorian));

    // "20 يونيو 2024"
    public string ShortDate(DateTime utc) => Digits(ToLocal(utc).ToString("d MMMM yyyy", Gregorian));

    // "00:00", 24-hour as the Gulf papers print it.
    public string Time(DateTime utc) => Digits(ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture));

    // "14 ذو الحجة 1445 هـ" (Umm al-Qura, the Gulf's civil Hijri calendar).
    public string HijriDate(DateTime utc) => Digits(ToLocal(utc).ToString("d MMMM yyyy", Hijri) + " هـ");

    // Machine-readable, with the zone's offset: "2024-06-20T00:00:00+04:00".
    public string Iso(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string Number(long value) => Digits(value.ToString(CultureInfo.InvariantCulture));

    public string Digits(string text) => _digits == DigitStyle.Eastern ? ToEasternDigits(text) : text;

    internal static string ToEasternDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c;
            }
        });

    private static CultureInfo CreateHijriCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-SA").Clone();
        culture.DateTimeFormat.Calendar = new UmAlQuraCalendar();
        return culture;
    }
}
