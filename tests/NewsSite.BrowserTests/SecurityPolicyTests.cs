using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class SecurityPolicyTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    // The site's own pages break nothing under its Content-Security-Policy: no refused script, style, font or picture.
    [BrowserFact]
    public async Task ReaderAndNewsroomPagesRunUnderThePolicyWithoutViolations()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.SignInAsync(site, Roles.Editor);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(page.Url + ": " + message.Text + " @ " + message.Location);
            }
        };

        foreach (var path in new[] { "/", "/sections/world", "/articles/1", "/search?q=دبي", "/Admin", "/Admin/Articles/Edit/1", "/Admin/Media" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (path.StartsWith("/Admin/Articles/Edit", StringComparison.Ordinal))
            {
                await Expect(page.Locator("#preview h1")).Not.ToBeEmptyAsync();   // the editor's preview script ran
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    // The button in the admin navigation, clicked as a person would: the session ends and sign-in shows.
    [BrowserFact]
    public async Task SigningOutEndsTheSessionAndShowsSignIn()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.SignInAsync(site, Roles.Writer);

        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Admin/Login$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("سُجّل خروجك.");
        await page.GotoAsync("/Admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Admin/Login\\?ReturnUrl="));
    }
}
