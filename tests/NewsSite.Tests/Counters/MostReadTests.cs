using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Tests.Publishing;
using NewsSite.Web.Counters;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Counters;

// The list itself, page by page: the page cache would keep a list up to its lifetime (NewsSite:Caching:Seconds), which
// runs on real time while these tests move the site's clock.
public sealed class MostReadFactory : ClockedNewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Caching:Enabled", "false");
    }
}

// "الأكثر قراءة": the last 24 hours of readers' views, crawlers left out, all-time totals ignored.
public sealed class MostReadTests(MostReadFactory factory) : IClassFixture<MostReadFactory>
{
    [Fact]
    public async Task TheListRanksTheLastDaysReadersAndForgetsOlderViews()
    {
        var busy = await factory.AddArticleAsync("خبر يقرؤه الناس اليوم", "نص");
        var quiet = await factory.AddArticleAsync("خبر قرأه قارئ واحد اليوم", "نص");
        var crawled = await factory.AddArticleAsync("خبر لا يزوره إلا محرك بحث", "نص");
        var yesterday = await factory.AddArticleAsync("خبر الأمس الأكثر قراءة على الإطلاق", "نص", a => a.ViewCount = 1_000_000);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = yesterday.Id, HourUtc = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-30), Views = 50_000 });
            await db.SaveChangesAsync();
        });

        await ReadAsync(busy, Html.BrowserUserAgent, times: 3);
        await ReadAsync(quiet, Html.BrowserUserAgent, times: 1);
        await ReadAsync(crawled, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", times: 5);
        await ReadAsync(crawled, "", times: 5);
        await FlushAsync();

        var home = await factory.CreateClient().GetDocumentAsync("/");
        var list = MostRead(home);
        Assert.Equal([SiteUrls.Article(busy), SiteUrls.Article(quiet)], list);
        Assert.Equal(list, MostRead(await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(crawled))));   // on the article page too
        Assert.Equal(3, await factory.WithDbAsync(db => db.ArticleViewCounts.Where(v => v.ArticleId == busy.Id).SumAsync(v => v.Views)));

        factory.Clock.Advance(TimeSpan.FromHours(25));
        await ReadAsync(quiet, Html.BrowserUserAgent, times: 1);
        await FlushAsync();
        Assert.Equal([SiteUrls.Article(quiet)], MostRead(await factory.CreateClient().GetDocumentAsync("/")));

        factory.Clock.Advance(TimeSpan.FromDays(8));
        await ReadAsync(quiet, Html.BrowserUserAgent, times: 1);
        await FlushAsync();
        Assert.Equal(1, await factory.WithDbAsync(db => db.ArticleViewCounts.CountAsync()));   // a week's hours are kept, no more
    }

    [Fact]
    public async Task AnUnpublishedStoryLeavesTheList()
    {
        var story = await factory.AddArticleAsync("خبر يُسحب بعد أن قرأه الناس", "نص");
        await ReadAsync(story, Html.BrowserUserAgent, times: 40);
        await FlushAsync();
        Assert.Contains(SiteUrls.Article(story), MostRead(await factory.CreateClient().GetDocumentAsync("/")));

        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Unpublished)));

        Assert.DoesNotContain(SiteUrls.Article(story), MostRead(await factory.CreateClient().GetDocumentAsync("/")));
    }

    private async Task ReadAsync(Article article, string userAgent, int times)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.UserAgent.Clear();
        if (userAgent.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        }

        for (var i = 0; i < times; i++)
        {
            using var page = await client.GetAsync(SiteUrls.Article(article));
            page.EnsureSuccessStatusCode();
            using var beacon = await client.PostAsync(SiteUrls.ArticleViews(article.Id), null);   // what the open page sends
            beacon.EnsureSuccessStatusCode();
        }
    }

    private Task FlushAsync() => factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);

    private static List<string?> MostRead(IDocument page) => [.. page.QuerySelectorAll(".most-read__list a").Select(a => a.GetAttribute("href"))];
}
