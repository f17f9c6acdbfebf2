using System.Text.RegularExpressions;

namespace NewsSite.BrowserTests;

// Written against the search of feature/search: a header form (role=search) that goes to /search?q=, whose results
// link to articles.
[Collection(BrowserGroup.Name)]
public sealed class SearchTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    private const string Story = "بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية";

    private static async Task SearchAsync(IPage page, string query)
    {
        var form = page.GetByRole(AriaRole.Search).First;
        await form.Locator("input[name='q']").FillAsync(query);
        await form.Locator("input[name='q']").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
    }

    // The seed story writes "اتفاق شراكة استراتيجية" and "اتفاقية": readers type other alef, ya and ta-marbuta forms.
    [BrowserTheory]
    [InlineData("إتفاق شراكه إستراتيجيه")]    // hamza on the alef, ه for ة
    [InlineData("أتفاقيه شراكة")]              // another alef, ه for ة
    [InlineData("الزعيم الكورى")]              // ى for ي
    public async Task SearchFindsAStoryTypedWithOtherAlefYaAndTaMarbutaForms(string query)
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await SearchAsync(page, query);

        var result = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Story }).First;
        await Expect(result).ToHaveAttributeAsync("href", new Regex("^(https?://[^/]+)?/articles/\\d+"));
        await result.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Story);
    }

    [BrowserFact]
    public async Task TheSearchPageHasNoSeriousOrCriticalAxeViolations()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, "اتفاق");

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
