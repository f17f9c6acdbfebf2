using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Publishing;

// The workflow gives every story its short code; stories stored before codes existed get one at start.
public sealed class ShortCodeAssignmentTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task SeededAndNewArticlesHaveUniqueWellFormedShortCodes()
    {
        var article = await factory.AddArticleAsync("خبر برابط مختصر", "نص");
        var codes = await factory.WithDbAsync(db => db.Articles.Select(a => a.ShortCode).ToListAsync());

        Assert.True(codes.Count >= 31);
        Assert.All(codes, c => Assert.True(ShortCodes.IsWellFormed(c), c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(article.ShortCode, codes);
    }

    [Fact]
    public async Task ArticlesWithoutACodeGetOneOnBackfill()
    {
        var article = await factory.AddArticleAsync("خبر برابط مختصر", "نص");
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ShortCode, (string?)null)));

        int filled;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            filled = await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>().BackfillShortCodesAsync(CancellationToken.None);
        }


        Assert.True(filled >= 1);
        var code = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ShortCode).SingleAsync());
        Assert.True(ShortCodes.IsWellFormed(code));
        Assert.NotEqual(article.ShortCode, code);
    }
}
