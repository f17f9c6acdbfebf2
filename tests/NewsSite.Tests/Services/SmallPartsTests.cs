using NewsSite.Web.Counters;
using NewsSite.Web.Data;

namespace NewsSite.Tests.Services;

public sealed class SmallPartsTests
{
    [Theory]
    [InlineData(null, true, 1)]
    [InlineData("1", true, 1)]
    [InlineData("12", true, 12)]
    [InlineData("0", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("abc", false, 0)]
    [InlineData("1.5", false, 0)]
    [InlineData(" 2", false, 0)]
    [InlineData("٢", false, 0)]
    [InlineData("99999999999", false, 0)]
    public void PageNumbersAreWholeNumbersFromOne(string? raw, bool valid, int expected)
    {
        Assert.Equal(valid, Paging.TryParsePage(raw, out var page));
        if (valid)
        {
            Assert.Equal(expected, page);
        }
    }

    [Theory]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", true)]
    [InlineData("WhatsApp/2.23.20.0 A", true)]
    [InlineData("TelegramBot (like TwitterBot)", true)]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true)]
    [InlineData("LinkedInBot/1.0", true)]
    [InlineData("Slackbot-LinkExpanding 1.0", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1", false)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36", false)]
    public void CrawlersAndPreviewFetchersAreRecognised(string? userAgent, bool crawler) =>
        Assert.Equal(crawler, CrawlerDetector.IsCrawler(userAgent));

    [Fact]
    public void DrainedCountsThatFailToSaveAreRestored()
    {
        var counter = new ViewCounter();
        counter.Record(1);
        counter.Record(1);
        counter.Record(2);

        var drained = counter.Drain();
        counter.Record(1);
        counter.Restore(drained);

        Assert.Equal(3, counter.Pending(1));
        Assert.Equal(1, counter.Pending(2));
    }

    [Fact]
    public void RelativeDatabasePathsAreTakenAgainstTheContentRootAndTheFolderIsCreated()
    {
        var root = Path.Combine(Path.GetTempPath(), $"newssite-root-{Guid.NewGuid():N}");
        try
        {
            var resolved = DatabaseStartup.ResolveConnectionString(null, root);

            Assert.Equal($"Data Source={Path.Combine(root, "App_Data", "news.db")}", resolved);
            Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(0, "لا أخبار")]
    [InlineData(1, "خبر واحد")]
    [InlineData(2, "خبران")]
    [InlineData(3, "3 أخبار")]
    [InlineData(10, "10 أخبار")]
    [InlineData(11, "11 خبراً")]
    [InlineData(99, "99 خبراً")]
    [InlineData(100, "100 خبر")]
    [InlineData(102, "102 خبر")]
    [InlineData(105, "105 أخبار")]
    [InlineData(1000, "1000 خبر")]
    public void CountedNounsAgreeWithTheNumber(long n, string expected) =>
        Assert.Equal(expected, NewsSite.Web.Dates.ArabicCount.News(n));
}
