using Microsoft.AspNetCore.Hosting;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;
using NewsSite.Web.Models;
using NewsSite.Web.Sharing;

namespace NewsSite.Tests.Sharing;

// A thousand clicks from one test client are one address: the share rate limit is raised, as a load test would.
public sealed class ClickStormFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:RateLimits:SharesPerMinute", "100000");
    }
}

public sealed class ShareConcurrencyTests(ClickStormFactory factory) : IClassFixture<ClickStormFactory>
{
    [Fact]
    public async Task AThousandConcurrentClicksAreAThousandSharesAfterAFlush()
    {
        var article = ShareableArticle.From(await factory.AddArticleAsync("خبر ينتشر بسرعة", "نص"))!;
        var flusher = factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single();
        var client = factory.CreateReaderClient();

        // Half to a network that has no row yet on the first flush, half to another; flushes run meanwhile.
        var clicks = Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = await client.GetAsync($"/s/{article.ShortCode}/{(i % 2 == 0 ? "whatsapp" : "x")}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            if (i % 250 == 0)
            {
                await flusher.FlushAsync(CancellationToken.None);
            }
        });
        await Task.WhenAll(clicks);
        await flusher.FlushAsync(CancellationToken.None);

        var counts = await factory.WithDbAsync(db => db.ArticleShareCounts.Where(s => s.ArticleId == article.Id)
            .ToDictionaryAsync(s => s.Network, s => s.Count));
        var total = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ShareCount).SingleAsync());
        Assert.Equal(500, counts[ShareNetwork.WhatsApp]);
        Assert.Equal(500, counts[ShareNetwork.X]);
        Assert.Equal(1000, total);
        Assert.Equal(0, factory.Services.GetRequiredService<ShareCounter>().PendingTotal(article.Id));
    }
}
