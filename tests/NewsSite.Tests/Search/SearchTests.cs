using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Models;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

// Search over the seeded newsroom and over stories added through the workflow. (That every workflow action keeps
// the index in step is Publishing/ArticleWorkflowTests.)
public sealed class SearchTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const string SeedTitle = "بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية";
    private const string TradeTitle = "اتفاقات الشراكة الاقتصادية تدفع التجارة غير النفطية إلى مستويات قياسية";
    private const string MetroTitle = "خط المترو الأزرق في دبي: 14 محطة لربط مناطق سكنية جديدة بالشبكة";
    private const string FalconTitle = "مستشفى أبوظبي للصقور يستعد لموسم «القرناس» مع ارتفاع درجات الحرارة";
    private const string SchoolTitle = "برنامج صيفي في أبوظبي يعرّف طلبة المدارس بأساسيات الذكاء الاصطناعي";
    private const string RefugeesTitle = "تقرير أممي: عدد النازحين قسراً حول العالم يبلغ 120 مليون شخص";
    private const string AppleTitle = "«أبل» تدخل سباق الذكاء الاصطناعي في الهواتف بميزات جديدة";

    [Theory]
    [InlineData("اتفاق", TradeTitle)]
    [InlineData("الاتفاقية", TradeTitle)]          // the body says والاتفاقية
    [InlineData("بالاتفاق", TradeTitle)]
    [InlineData("الاتفاقات", TradeTitle)]
    [InlineData("والاتفاقيّة", TradeTitle)]
    [InlineData("وجه", SeedTitle)]                 // the body says وجّه
    [InlineData("وَجَّهَ", SeedTitle)]
    [InlineData("اعلن", SeedTitle)]                // أعلن
    [InlineData("اعلان", MetroTitle)]              // الإعلان
    [InlineData("إعلان", MetroTitle)]
    [InlineData("افاق", MetroTitle)]               // آفاقاً
    [InlineData("آفاق", MetroTitle)]
    [InlineData("مدرسه", SchoolTitle)]             // مدرسة
    [InlineData("المدرسة", SchoolTitle)]
    [InlineData("مستشفي", FalconTitle)]            // مستشفى
    [InlineData("المستشفيات", FalconTitle)]
    [InlineData("بوتين", SeedTitle)]
    [InlineData("بـــوتين", SeedTitle)]            // tatweel
    [InlineData("١٢٠", RefugeesTitle)]             // Eastern Arabic digits find 120
    [InlineData("120 مليون", RefugeesTitle)]
    [InlineData("apple", AppleTitle)]              // Latin, any case
    [InlineData("APPLE Intelligence", AppleTitle)]
    [InlineData("كوريا الشمالية", SeedTitle)]      // a tag
    public async Task SeedStoriesAreFoundByVariantSpellings(string text, string expectedTitle)
    {
        var titles = await SearchTitlesAsync(text);

        Assert.Contains(expectedTitle, titles);
    }

    [Fact]
    public async Task StoriesWithTheWordInTheHeadlineComeFirst()
    {
        var titles = await SearchTitlesAsync("بوتين");

        Assert.Equal(2, titles.Take(2).Count(t => t.Contains("بوتين", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExactWordsRankAboveStemMatchesAndNamesDoNotTurnIntoNoise()
    {
        var when = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var stemOnly = await factory.AddArticleAsync("خبر أول عن الفستقيات", "نص يذكر الفستقيات والبوتات", a => a.PublishedAtUtc = when);
        var exact = await factory.AddArticleAsync("خبر ثان عن الفستق", "نص يذكر فستق", a => a.PublishedAtUtc = when);

        var pistachio = await SearchIdsAsync("فستق");
        Assert.Equal([exact.Id, stemOnly.Id], pistachio.Where(id => id == exact.Id || id == stemOnly.Id));

        // "البوتات" (bots) stems to بوت; a Lucene-style stemmer would take بوتين there too.
        Assert.DoesNotContain(stemOnly.Id, await SearchIdsAsync("بوتين"));
    }

    [Fact]
    public async Task TheIndexIsRebuiltFromTheArticlesOnDemandAndWhenEmpty()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();

        await index.ClearAsync(CancellationToken.None);
        Assert.Empty(await SearchTitlesAsync("بوتين"));

        Assert.True(await indexer.EnsurePopulatedAsync(CancellationToken.None));
        Assert.Contains(SeedTitle, await SearchTitlesAsync("بوتين"));
        Assert.False(await indexer.EnsurePopulatedAsync(CancellationToken.None));

        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published));
        Assert.Equal(published, await indexer.RebuildAsync(CancellationToken.None));
        Assert.Contains(SeedTitle, await SearchTitlesAsync("بوتين"));
    }

    [Fact]
    public void TheRebuildSwitchIsRecognised()
    {
        Assert.True(SearchStartup.IsRebuildCommand(["--rebuild-search-index"]));
        Assert.False(SearchStartup.IsRebuildCommand(["--urls", "http://127.0.0.1:5302"]));
    }

    private async Task<List<SearchResult>> SearchAsync(string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SearchService>();
        var page = await service.SearchAsync(SearchQuery.Parse(text), 1, 50, CancellationToken.None);
        return [.. page.Items];
    }

    private async Task<List<string>> SearchTitlesAsync(string text) => [.. (await SearchAsync(text)).Select(r => r.Card.Title)];

    private async Task<List<int>> SearchIdsAsync(string text) => [.. (await SearchAsync(text)).Select(r => r.Card.Id)];
}
