using NewsSite.Web.Counters;

namespace NewsSite.Tests.Counters;

public sealed class CountBufferTests
{
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
        var counter = new ViewCounter(TimeProvider.System);
        counter.Record(1);
        counter.Record(1);
        counter.Record(2);

        var drained = counter.Drain();
        counter.Record(1);
        counter.Restore(drained);

        Assert.Equal(3, counter.Pending(1));
        Assert.Equal(1, counter.Pending(2));
    }
}
