using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/sections/world")]
    [InlineData("/articles/1")]
    public async Task ReaderPagesHaveNoSeriousOrCriticalAxeViolations(string path)
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [BrowserFact]
    public async Task TheEditorHasNoSeriousOrCriticalAxeViolations()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.SignInAsync(site, Roles.Editor);

        await page.GotoAsync("/Admin/Articles/Edit/1");
        await Expect(page.Locator("#preview h1")).Not.ToBeEmptyAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [BrowserFact]
    public async Task TheKeyboardAloneReachesTheEditorsTitleAndThenItsBody()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.SignInAsync(site, Roles.Editor);
        await page.GotoAsync("/Admin/Articles/Edit");

        await page.TabToAsync("input[name='Input.Title']");
        await page.Keyboard.TypeAsync("عنوان بلوحة المفاتيح");
        await page.TabToAsync("textarea[name='Input.BodyMarkdown']");
        await page.Keyboard.TypeAsync("## نص بلوحة المفاتيح");

        await Expect(page.GetByLabel("العنوان", new() { Exact = true })).ToHaveValueAsync("عنوان بلوحة المفاتيح");
        await Expect(page.Locator("#preview .article__body h2")).ToHaveTextAsync("نص بلوحة المفاتيح");
    }
}
