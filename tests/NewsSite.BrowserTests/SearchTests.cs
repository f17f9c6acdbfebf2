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

    // The header search suggests as the reader types (a combobox with a listbox); arrows choose, Enter opens, Escape closes.
    [BrowserFact]
    public async Task SuggestionsAppearAsYouTypeAndTheKeyboardOpensOne()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "ابحث في الموقع" });

        await box.PressSequentiallyAsync("بوتين وكي", new() { Delay = 40 });
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "اقتراحات البحث" });
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(list.GetByRole(AriaRole.Option).Filter(new() { HasText = Story })).ToHaveCountAsync(1);

        await box.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await box.PressAsync("End");
        await box.PressSequentiallyAsync("م", new() { Delay = 40 });
        await Expect(list).ToBeVisibleAsync();
        for (var i = 0; i < 10 && !await list.Locator("[aria-selected='true']").Filter(new() { HasText = Story }).IsVisibleAsync(); i++)
        {
            await box.PressAsync("ArrowDown");
        }

        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", new Regex("^search-suggestions-\\d+-\\d+$"));
        await box.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Story);
    }
}
