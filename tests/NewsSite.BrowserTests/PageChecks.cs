using Deque.AxeCore.Playwright;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

internal static class PageChecks
{
    // Signs in through the login form, as a person would, and lands on the dashboard.
    public static async Task<IPage> SignInAsync(this IBrowserContext context, string email, string password = KestrelNewsSiteFactory.StaffPassword)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Admin/Login"));
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "لوحة التحكم", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    public static async Task<IPage> SignInAsync(this IBrowserContext context, KestrelNewsSiteFactory site, string role = Roles.Editor) =>
        await context.SignInAsync(await site.CreateStaffAsync(role));

    // Nothing sticks out sideways: the page never needs a horizontal scrollbar.
    public static async Task AssertNoHorizontalOverflowAsync(this IPage page)
    {
        await page.EvaluateAsync("document.fonts.ready");
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        if (scrollWidth > innerWidth)
        {
            // Name the innermost elements that stick out, so the failure points at the CSS to fix.
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.body.querySelectorAll("*")]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > innerWidth + 1); })
                    .filter(e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== "visible") return false; } return true; })
                    .filter((e, _, all) => !all.some(o => o !== e && e.contains(o)))
                    .slice(0, 5)
                    .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}#${e.id} ${Math.round(e.getBoundingClientRect().width)}px`)
                """);
            Assert.Fail($"{page.Url} is {scrollWidth}px wide in a {innerWidth}px viewport; sticking out: {string.Join(", ", culprits)}");
        }
    }

    // Resolves once the browser has decoded the image; a broken image fails.
    public static async Task AssertImageDecodedAsync(this ILocator image)
    {
        await Expect(image).ToBeVisibleAsync();
        var naturalWidth = await image.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth, () => 0)");
        Assert.True(naturalWidth > 0, $"The image {await image.GetAttributeAsync("src")} did not decode.");
    }

    public static async Task AssertNoSeriousAccessibilityViolationsAsync(this IPage page)
    {
        await page.EvaluateAsync("document.fonts.ready");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")))));
    }

    // Presses Tab until the element matching the selector has focus; fails if it is never reached.
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses = 150)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url} in {maxPresses} presses.");
    }
}
