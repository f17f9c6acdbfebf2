using System.Text.RegularExpressions;

namespace NewsSite.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class ReaderJourneyTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    [BrowserFact]
    public async Task AReaderClicksFromTheHomePageThroughASectionToAFullArticle()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var sections = page.GetByRole(AriaRole.Navigation, new() { Name = "الأقسام" }).First;
        await sections.GetByRole(AriaRole.Link, new() { Name = "أخبار العالم" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/sections/world$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("أخبار العالم");
        var story = page.Locator("main .card__title a").First;
        var headline = (await story.TextContentAsync())!.Trim();
        await story.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/articles/\\d+/"));
        await Expect(page.Locator("h1.article__headline")).ToHaveTextAsync(headline);
        var published = page.Locator(".dateline time").First;
        await Expect(published).ToHaveAttributeAsync("datetime", new Regex("^\\d{4}-\\d{2}-\\d{2}T"));
        await Expect(published).Not.ToBeEmptyAsync();
        await page.Locator(".article .figure img").AssertImageDecodedAsync();
        await Expect(page.Locator(".article__body p").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".article__body p").CountAsync() >= 2, "The article body has fewer than two paragraphs.");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "مشاركة الخبر" })).ToBeVisibleAsync();
    }

    // The article page is cached once for everybody; each reader's browser still counts its view (the beacon) and
    // shows the count as it stands, not the one the cached page was made with.
    [BrowserFact]
    public async Task EveryReaderOfTheOneCachedPageIsCountedAndSeesTheCountAsItStands()
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.RootUri) };
        var home = await http.GetStringAsync("/");
        var path = Regex.Match(home, "class=\"card__title\"><a href=\"(/articles/[^\"]+)\"").Groups[1].Value;
        var cached = Regex.Match(await http.GetStringAsync(path), "data-count=\"views\">(\\d+)<").Groups[1].Value;
        var before = int.Parse(cached, System.Globalization.CultureInfo.InvariantCulture);

        for (var reader = 1; reader <= 2; reader++)
        {
            await using var context = await browser.Browser.NewContextAsync(new()
            {
                BaseURL = site.RootUri,
                Locale = "ar-AE",
                // Headless Chromium names itself in its user agent and is not counted, as crawlers are not.
                UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-count=views]")).ToHaveTextAsync((before + reader).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains($"data-count=\"views\">{cached}<", await http.GetStringAsync(path), StringComparison.Ordinal);   // still the one cached copy
    }

    [BrowserFact]
    public async Task ThePageReadsRightToLeftWithTheFirstSectionLinkAtTheRightEdge()
    {
        // On a phone the container fills the screen, so "right edge" is the viewport's (less 1rem of padding).
        await using var context = await browser.NewContextAsync(site, width: 390, height: 844);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        var viewport = page.ViewportSize!.Width;
        var first = await page.Locator(".sections-nav li").First.BoundingBoxAsync();
        var second = await page.Locator(".sections-nav li").Nth(1).BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(second);
        // Within the container's 1rem padding of the right edge, and the next item to its left.
        Assert.InRange(viewport - (first.X + first.Width), 0, 17);
        Assert.True(second.X + second.Width <= first.X + 1, $"The second section link ({second.X}) is not left of the first ({first.X}).");
    }
}
