using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Publishing;
using NewsSite.Web.Publishing.Samples;

namespace NewsSite.Tests.Publishing;

public sealed class SampleNewsroomTests
{
    [Fact]
    public async Task FirstRunSeedsTheSampleNewsroomOnceOnly()
    {
        using var factory = new NewsSiteFactory();
        _ = factory.CreateClient();

        var before = await factory.WithDbAsync(db => db.Articles.CountAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var added = await SampleNewsroom.AddAsync(
                scope.ServiceProvider.GetRequiredService<NewsSite.Web.Data.NewsDbContext>(), scope.ServiceProvider.GetRequiredService<ArticleWorkflow>(), CancellationToken.None);
            Assert.Equal(0, added);
        }

        var after = await factory.WithDbAsync(db => db.Articles.CountAsync());

        Assert.True(before >= 31, $"seed story and at least 30 more, found {before}");
        Assert.Equal(before, after);
        Assert.True(await factory.WithDbAsync(db => db.Sections.CountAsync()) >= 6);
        Assert.True(await factory.WithDbAsync(db => db.Articles.AllAsync(a => a.Content.ImagePath != null && a.Content.ImageAlt != "" && a.BodyHtml != "" && a.ShortCode != null)));
        Assert.True(NewsSiteFactory.OnPostgres || File.Exists(factory.DatabasePath), "the configured file database is used");
    }

    [Fact]
    public async Task SampleContentCanBeSwitchedOff()
    {
        using var factory = new NewsSiteFactory();
        var empty = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:SeedSampleContent", "false"));

        var document = await empty.CreateClient().GetDocumentAsync("/");

        await using var scope = empty.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NewsSite.Web.Data.NewsDbContext>().Articles.CountAsync());
        Assert.Contains("لا توجد أخبار منشورة بعد", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [SqliteFact]
    public async Task TheDatabaseRunsInWalMode()
    {
        using var factory = new NewsSiteFactory();
        _ = factory.CreateClient();

        var mode = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", mode.Single());
    }
}
