using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Search;

public sealed class SearchPageTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task EveryPageHasASearchFormInTheHeader()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        var form = document.QuerySelector("header.masthead form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]");
        Assert.Equal("ابحث في الموقع", form.QuerySelector($"label[for={input?.Id}]")?.TextContent);
    }

    [Fact]
    public async Task ResultsShowTheCountHighlightedOriginalTextAndLinks()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("وجه بوتين"));

        Assert.Contains("نتائج البحث عن «وجه بوتين»", document.Title, StringComparison.Ordinal);
        Assert.Equal("noindex, follow", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("عدد النتائج", document.QuerySelector(".search-count")?.TextContent, StringComparison.Ordinal);
        var first = document.QuerySelector(".search-result")!;
        Assert.StartsWith("/articles/", first.QuerySelector("h2 a")?.GetAttribute("href"), StringComparison.Ordinal);
        // The snippet marks the word as printed, with its shadda.
        var marks = document.QuerySelectorAll(".search-result__snippet mark").Select(m => m.TextContent).ToList();
        Assert.Contains("وجّه", marks);
        Assert.Contains("بوتين", document.QuerySelectorAll(".search-result__title mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task ArticleTextInResultsIsEncodedNeverMarkup()
    {
        await factory.AddArticleAsync("عنوان <script>alert(1)</script> عن الخزامى", "نص عن الخزامى <img src=x onerror=alert(1)> و<b>عريض</b>");

        var response = await factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString("الخزامى"));
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var result = document.QuerySelector(".search-result")!;
        Assert.Empty(result.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", result.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", result.QuerySelector(".search-result__snippet")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("الخزامى", result.QuerySelector("h2 mark")?.TextContent);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsArePagedAndThePagerKeepsTheQuery()
    {
        for (var i = 0; i < 12; i++)
        {
            await factory.AddArticleAsync($"خبر رقم {i} عن الهيل", "نص عن الهيل", a => a.PublishedAtUtc = DateTime.UtcNow.AddMinutes(-i));
        }

        var client = factory.CreateClient();
        var first = await client.GetDocumentAsync("/search?q=%D8%A7%D9%84%D9%87%D9%8A%D9%84");
        Assert.Equal(10, first.QuerySelectorAll(".search-result").Length);
        Assert.Contains("12", first.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("خبر رقم 0 عن الهيل", first.QuerySelector(".search-result h2")?.TextContent);   // newest first among equals
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/search?q=%D8%A7%D9%84%D9%87%D9%8A%D9%84&page=2", next);

        var second = await client.GetDocumentAsync(next!);
        Assert.Equal(2, second.QuerySelectorAll(".search-result").Length);
        Assert.Equal("11", second.QuerySelector("ol.search-results")?.GetAttribute("start"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/search?q=%D8%A7%D9%84%D9%87%D9%8A%D9%84&page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/search?q=x&page=abc")).StatusCode);
    }

    [Fact]
    public async Task NoResultsGetsAHelpfulArabicAnswer()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("كلمةلاتوجدابدا"));

        Assert.Empty(document.QuerySelectorAll(".search-result"));
        Assert.Contains("لم نعثر على أخبار تطابق «كلمةلاتوجدابدا»", document.QuerySelector(".search-empty")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptySearchExplainsWhatToType()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/search");

        Assert.Contains("اكتب كلمة أو أكثر", document.QuerySelector(".search-message")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main form[role=search] label[for=search-page-q]"));
    }

    [Fact]
    public async Task ATooLongQueryIsRefusedInArabic()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/search?q=" + new string('a', 201));

        Assert.Contains("عبارة البحث طويلة جداً", document.QuerySelector(".search-message")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".search-result"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"بوتين")]
    [InlineData("بوتين*")]
    [InlineData("*")]
    [InlineData("(بوتين")]
    [InlineData("بوتين))")]
    [InlineData("NEAR(بوتين كيم)")]
    [InlineData("بوتين AND")]
    [InlineData("OR")]
    [InlineData("NOT NOT")]
    [InlineData("title:بوتين")]
    [InlineData("{title body}:بوتين")]
    [InlineData("-title:x")]
    [InlineData("^بوتين")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("%")]
    [InlineData("\u0000")]
    [InlineData("\u202Eبوتين")]
    [InlineData("ًٌٍَُِّْ")]
    public async Task HostileQueriesGetAnArabicAnswerNeverAServerError(string text)
    {
        using var response = await factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ParseAsync();
        var status = document.QuerySelector(".search-status")!.TextContent;
        Assert.True(
            status.Contains("تجاهلنا الرموز", StringComparison.Ordinal)
            || status.Contains("لم نجد في عبارة البحث كلمات", StringComparison.Ordinal)
            || status.Contains("عدد النتائج", StringComparison.Ordinal)
            || status.Contains("لم نعثر", StringComparison.Ordinal),
            status);
        Assert.True(await factory.WithDbAsync(db => db.Articles.AnyAsync()));
    }

    [Fact]
    public async Task OperatorsAreExplainedAndTheWordsStillSearched()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("title:بوتين OR \"كيم\""));

        Assert.Contains("تجاهلنا الرموز", document.QuerySelector(".search-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية",
            document.QuerySelectorAll(".search-result h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task UnpublishedStoriesNeverAppearInResults()
    {
        await factory.AddArticleAsync("مسودة عن السنامكي", "نص", a =>
        {
            a.Status = ArticleStatus.Draft;
            a.PublishedAtUtc = null;
        });

        var document = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("السنامكي"));

        Assert.Empty(document.QuerySelectorAll(".search-result"));
    }
}
