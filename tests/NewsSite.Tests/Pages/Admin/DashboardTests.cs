using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;

namespace NewsSite.Tests.Pages.Admin;

public sealed class DashboardTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task MostSharedStoriesShowTheirSharesPerNetwork()
    {
        var article = await factory.AddArticleAsync("خبر يتداوله القراء بكثرة", "نص");
        var code = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ShortCode).SingleAsync());
        var reader = factory.CreateReaderClient();
        for (var i = 0; i < 3; i++)
        {
            (await reader.GetAsync($"/s/{code}/whatsapp")).Dispose();
        }

        (await reader.GetAsync($"/s/{code}/telegram")).Dispose();
        await factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);

        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var dashboard = await admin.GetDocumentAsync("/Admin");

        var row = dashboard.QuerySelectorAll("#shared-title ~ ol li").Single(li => li.TextContent.Contains("خبر يتداوله القراء بكثرة", StringComparison.Ordinal));
        Assert.Contains("4 مشاركة", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("(واتساب 3، تيليجرام 1)", row.QuerySelector(".share-split")?.TextContent);
    }
}
