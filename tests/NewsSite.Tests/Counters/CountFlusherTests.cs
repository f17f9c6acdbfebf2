using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;

namespace NewsSite.Tests.Counters;

public sealed class CountFlusherTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task ConcurrentViewsAreAllAddedToTheStoreExactlyOnce()
    {
        var article = await factory.AddArticleAsync("خبر المشاهدات المتزامنة", "نص");
        var counter = factory.Services.GetRequiredService<ViewCounter>();
        var flusher = factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single();

        await Parallel.ForAsync(0, 1000, async (i, ct) =>
        {
            counter.Record(article.Id);
            if (i % 100 == 0)
            {
                await flusher.FlushAsync(ct);   // flushing while others still count
            }
        });
        await flusher.FlushAsync(CancellationToken.None);

        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ViewCount).SingleAsync());
        Assert.Equal(1000, stored);
        Assert.Equal(0, counter.Pending(article.Id));
    }
}
