using Microsoft.Extensions.Options;
using NewsSite.Web;
using NewsSite.Web.Dates;

namespace NewsSite.Tests.Dates;

public sealed class NewsDateFormatterTests
{
    private static readonly DateTime SeedUtc = new(2024, 6, 19, 20, 0, 0, DateTimeKind.Utc);   // 2024-06-20 00:00 in Dubai

    private static NewsDateFormatter Create(DigitStyle digits = DigitStyle.Western, string zone = "Asia/Dubai") =>
        new(Options.Create(new SiteOptions { Digits = digits, TimeZone = zone }));

    [Fact]
    public void DatesAreGregorianWithArabicMonthsInTheNewsroomZone()
    {
        var dates = Create();

        Assert.Equal("الخميس 20 يونيو 2024", dates.LongDate(SeedUtc));
        Assert.Equal("20 يونيو 2024", dates.ShortDate(SeedUtc));
        Assert.Equal("00:00", dates.Time(SeedUtc));
    }

    [Fact]
    public void HijriDateUsesUmmAlQura() =>
        Assert.Equal("14 ذو الحجة 1445 هـ", Create().HijriDate(SeedUtc));

    [Fact]
    public void MachineDatesAreInvariantIsoWithTheZoneOffset() =>
        Assert.Equal("2024-06-20T00:00:00+04:00", Create().Iso(SeedUtc));

    [Fact]
    public void EasternDigitsAreAnOption()
    {
        var dates = Create(DigitStyle.Eastern);

        Assert.Equal("الخميس ٢٠ يونيو ٢٠٢٤", dates.LongDate(SeedUtc));
        Assert.Equal("٠٠:٠٠", dates.Time(SeedUtc));
        Assert.Equal("١٢٣٤", dates.Number(1234));
        Assert.Equal("2024-06-20T00:00:00+04:00", dates.Iso(SeedUtc));   // machines still get ASCII
    }

    [Fact]
    public void AnotherZoneMovesTheDate()
    {
        var dates = Create(zone: "Europe/London");

        Assert.Equal("الأربعاء 19 يونيو 2024", dates.LongDate(SeedUtc));
        Assert.Equal("21:00", dates.Time(SeedUtc));
    }

    [Fact]
    public void UtcKindIsAssumedForUnspecifiedDatesFromSqlite()
    {
        var fromSqlite = DateTime.SpecifyKind(SeedUtc, DateTimeKind.Unspecified);

        Assert.Equal("2024-06-20T00:00:00+04:00", Create().Iso(fromSqlite));
    }

    [Theory]
    [InlineData("Asia/Dubai", "بتوقيت الإمارات (UTC+4)")]
    [InlineData("Asia/Riyadh", "بتوقيت السعودية (UTC+3)")]
    [InlineData("Asia/Kolkata", "بتوقيت UTC+5:30")]
    public void TheScheduleZoneIsNamedFromTheConfiguredZone(string zone, string label) =>
        Assert.Equal(label, Create(zone: zone).ZoneLabel);
}
