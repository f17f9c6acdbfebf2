using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Accounts;
using NewsSite.Web.Counters;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Search;

// The results page's filters and sorting (all in the address), its counts per section, "هل تقصد…؟", the searches that
// found nothing on the editors' dashboard, and the header's as-you-type suggestions.
public sealed class SearchFilterTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private static string Q(string text) => "/search?q=" + Uri.EscapeDataString(text);

    private static List<string> Headlines(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".search-result__title a").Select(a => a.TextContent.Trim())];

    private async Task<(int Economy, int Sports)> SectionsAsync() =>
        await factory.WithDbAsync(async db => (await db.Sections.Where(s => s.Slug == "economy").Select(s => s.Id).SingleAsync(),
            await db.Sections.Where(s => s.Slug == "sports").Select(s => s.Id).SingleAsync()));

    [Fact]
    public async Task ASectionNarrowsTheResultsAndEachSectionSaysHowManyItHas()
    {
        var (economy, sports) = await SectionsAsync();
        await factory.AddArticleAsync("القرنفل يرتفع في الأسواق", "نص عن القرنفل", a => a.SectionId = economy);
        await factory.AddArticleAsync("القرنفل في المطبخ الخليجي", "نص عن القرنفل", a => a.SectionId = economy);
        await factory.AddArticleAsync("عداء يحمل القرنفل", "نص عن القرنفل", a => a.SectionId = sports);
        var client = factory.CreateClient();

        var all = await client.GetDocumentAsync(Q("القرنفل"));
        var narrowed = await client.GetDocumentAsync(Q("القرنفل") + "&section=economy");

        Assert.Equal(3, Headlines(all).Count);
        var facets = all.QuerySelectorAll(".search-facets a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();
        Assert.Contains(facets, f => f.Text.StartsWith("اقتصاد", StringComparison.Ordinal) && f.Text.Contains("(2)", StringComparison.Ordinal) && f.Href.Contains("section=economy", StringComparison.Ordinal));
        Assert.Contains(facets, f => f.Text.StartsWith("رياضة", StringComparison.Ordinal) && f.Text.Contains("(1)", StringComparison.Ordinal));
        Assert.Contains(facets, f => f.Text.StartsWith("كل الأقسام", StringComparison.Ordinal) && f.Text.Contains("(3)", StringComparison.Ordinal));
        Assert.Equal(["القرنفل في المطبخ الخليجي", "القرنفل يرتفع في الأسواق"], Headlines(narrowed).Order());
        Assert.Equal("economy", narrowed.QuerySelector("#search-section option[selected]")?.GetAttribute("value"));
        Assert.Equal("page", narrowed.QuerySelector(".search-facets a[href*='section=economy']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task NewestFirstAndTimeWindowsFollowThePublicationDates()
    {
        var now = DateTime.UtcNow;
        await factory.AddArticleAsync("الزنجبيل في تقرير قديم", "الزنجبيل", a => a.PublishedAtUtc = now.AddDays(-40));
        await factory.AddArticleAsync("الزنجبيل الزنجبيل الزنجبيل في تقرير الأسبوع", "الزنجبيل الزنجبيل", a => a.PublishedAtUtc = now.AddDays(-3));
        await factory.AddArticleAsync("الزنجبيل اليوم", "نص", a => a.PublishedAtUtc = now.AddHours(-2));
        var client = factory.CreateClient();

        var newest = Headlines(await client.GetDocumentAsync(Q("الزنجبيل") + "&sort=newest"));
        var week = Headlines(await client.GetDocumentAsync(Q("الزنجبيل") + "&range=week"));
        var day = Headlines(await client.GetDocumentAsync(Q("الزنجبيل") + "&range=day"));
        var from = now.AddDays(-45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = now.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var custom = Headlines(await client.GetDocumentAsync(Q("الزنجبيل") + $"&from={from}&to={to}"));

        Assert.Equal(["الزنجبيل اليوم", "الزنجبيل الزنجبيل الزنجبيل في تقرير الأسبوع", "الزنجبيل في تقرير قديم"], newest);
        Assert.Equal(2, week.Count);
        Assert.Equal(["الزنجبيل اليوم"], day);
        Assert.Equal(["الزنجبيل في تقرير قديم"], custom);
    }

    [Fact]
    public async Task AWriterOrATagNarrowsTooAndAFilterThatNamesNothingIsIgnoredAndSaid()
    {
        var (author, tag) = await factory.WithDbAsync(async db =>
        {
            var writer = new Author { Name = "كاتبة الزعفران", Slug = "saffron-writer" };
            db.Authors.Add(writer);
            await db.SaveChangesAsync();
            return (writer, new Tag { Name = "توابل", Slug = "spices-tag" });
        });
        await factory.AddArticleAsync("الزعفران الإيراني", "نص", a =>
        {
            a.AuthorId = author.Id;
            a.Tags = [tag];
        });
        await factory.AddArticleAsync("الزعفران الإسباني", "نص");
        var client = factory.CreateClient();

        Assert.Equal(["الزعفران الإيراني"], Headlines(await client.GetDocumentAsync(Q("الزعفران") + "&author=saffron-writer")));
        var tagged = await client.GetDocumentAsync(Q("الزعفران") + "&tag=spices-tag");
        Assert.Equal(["الزعفران الإيراني"], Headlines(tagged));
        Assert.Contains("توابل", tagged.QuerySelector(".search-chip")!.TextContent, StringComparison.Ordinal);
        var unknown = await client.GetDocumentAsync(Q("الزعفران") + "&section=no-such-section&from=2024-13-45");
        Assert.Equal(2, Headlines(unknown).Count);
        Assert.Contains("تجاهلنا تصفية", unknown.QuerySelector(".search-status")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الظرائب", "الضرائب")]     // ض typed as ظ
    [InlineData("الضرايب", "الضرائب")]     // the hamza seat left out
    [InlineData("مسوول", "مسؤول")]         // ؤ written as و
    public async Task AMisspelledWordGetsADidYouMeanWithTheWordAsStoriesPrintIt(string typed, string printed)
    {
        await factory.AddArticleAsync("خفض الضرائب على الشركات الصغيرة", "قال مسؤول إن الضرائب ستنخفض.");
        await factory.AddArticleAsync("الضرائب الجديدة تدخل حيز التنفيذ", "أوضح مسؤول في الوزارة تفاصيل الضرائب.");

        var page = await factory.CreateClient().GetDocumentAsync(Q(typed + " الجديدة"));

        var suggestion = page.QuerySelector(".search-suggestion a")!;
        Assert.Equal(printed + " الجديدة", suggestion.TextContent.Trim());
        Assert.Contains("q=" + Uri.EscapeDataString(printed), suggestion.GetAttribute("href"), StringComparison.Ordinal);
        var followed = await factory.CreateClient().GetDocumentAsync(suggestion.GetAttribute("href")!);
        Assert.NotEmpty(Headlines(followed));
    }

    [Fact]
    public async Task AWordSpelledRightGetsNoSuggestion()
    {
        var page = await factory.CreateClient().GetDocumentAsync(Q("بوتين"));
        Assert.Null(page.QuerySelector(".search-suggestion"));
    }

    [Fact]
    public async Task SearchesThatFindNothingAreCountedAndListedForEditorsWithoutWhoSearched()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync(Q("كنغر أزرق"));
        await client.GetStringAsync(Q("كنغرٌ أزرقُ"));   // the same words, with harakat
        await client.GetStringAsync(Q("بوتين"));          // found: not counted
        await factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);

        var misses = await factory.WithDbAsync(db => db.SearchMisses.AsNoTracking().ToListAsync());
        Assert.Equal(2, misses.Single(m => m.Query == "كنغر ازرق").Count);
        Assert.DoesNotContain(misses, m => m.Query.Contains("بوتين", StringComparison.Ordinal));

        var editor = (await factory.StaffAsync(Roles.Editor)).Client;
        var dashboard = await editor.GetDocumentAsync("/Admin");
        var listed = dashboard.QuerySelectorAll(".search-misses li").Select(li => li.TextContent).ToList();
        Assert.Contains(listed, l => l.Contains("كنغر ازرق", StringComparison.Ordinal) && l.Contains("مرتان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestionsOfferSectionsTagsWritersAndHeadlinesForWhatIsBeingTyped()
    {
        var client = factory.CreateClient();

        var section = await client.GetFromJsonAsync<JsonElement>("/search/suggest?q=" + Uri.EscapeDataString("الاما"));
        var headline = await client.GetFromJsonAsync<JsonElement>("/search/suggest?q=" + Uri.EscapeDataString("بوتين وكي"));
        var tooShort = await client.GetFromJsonAsync<JsonElement>("/search/suggest?q=" + Uri.EscapeDataString("ب"));
        var apart = await client.GetFromJsonAsync<JsonElement>("/search/suggest?q=" + Uri.EscapeDataString("أبو ظ"));

        Assert.Contains(section.EnumerateArray(), s => s.GetProperty("kind").GetString() == "section" && s.GetProperty("text").GetString() == "الإمارات"
            && s.GetProperty("url").GetString() == "/sections/uae");
        Assert.Contains(headline.EnumerateArray(), s => s.GetProperty("kind").GetString() == "story"
            && s.GetProperty("text").GetString()!.Contains("بوتين وكيم", StringComparison.Ordinal)
            && s.GetProperty("url").GetString()!.StartsWith("/articles/", StringComparison.Ordinal));
        Assert.Equal(0, tooShort.GetArrayLength());
        Assert.Contains(apart.EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("أبوظبي", StringComparison.Ordinal));   // the stories write it as one word
    }

    [Fact]
    public async Task TheSearchBoxesAreComboboxesOnlyWhenTheScriptRuns()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search");

        Assert.NotNull(page.QuerySelector("header input#site-search-q[data-suggest]"));
        Assert.Null(page.QuerySelector("input[role=combobox]"));   // the script adds the role; without it, a plain form
        Assert.NotNull(page.QuerySelector("script[src*='search-suggest']"));
    }
}
