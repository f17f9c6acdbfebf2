using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

// The main pages at a phone's and a desktop's width: nothing scrolls sideways, and a screenshot of each is kept
// in tests/TestResults/screenshots for a person to look at.
[Collection(BrowserGroup.Name)]
public sealed class PageLayoutTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(1440, 900)]
    public async Task MainPagesFitTheScreenWidthAndAreCaptured(int width, int height)
    {
        await using var context = await browser.NewContextAsync(site, width, height);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(page, $"home-{width}");

        await page.GotoAsync("/sections/world");
        await page.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(page, $"section-{width}");

        await page.GotoAsync("/articles/1");
        await page.Locator(".article .figure img").AssertImageDecodedAsync();
        await page.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(page, $"article-{width}");

        var editor = await context.SignInAsync(site, Roles.Editor);
        await editor.GotoAsync("/Admin/Articles/Edit/1");
        await editor.Locator("#preview .figure img").AssertImageDecodedAsync();
        await editor.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(editor, $"editor-{width}");
    }
}
