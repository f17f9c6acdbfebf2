using System.Text.RegularExpressions;

namespace NewsSite.BrowserTests;

// The share bar (Pages/Shared/_ShareBar.cshtml, wwwroot/js/share.js) as a reader uses it.
[Collection(BrowserGroup.Name)]
public sealed class ShareBarTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    // Where each network's counted link must send the reader (ShareLinkService.ShareUrl).
    private static readonly Dictionary<string, string> NetworkUrls = new()
    {
        ["email"] = "mailto:?subject=",
        ["facebook"] = "https://www.facebook.com/sharer/sharer.php?u=",
        ["x"] = "https://x.com/intent/tweet?",
        ["linkedin"] = "https://www.linkedin.com/sharing/share-offsite/?url=",
        ["pinterest"] = "https://www.pinterest.com/pin/create/button/?url=",
        ["whatsapp"] = "https://wa.me/?text=",
        ["telegram"] = "https://t.me/share/url?url=",
    };

    private static ILocator ShareBar(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "مشاركة الخبر" });

    private static Task<string?> CanonicalAsync(IPage page) => page.Locator("link[rel=canonical]").GetAttributeAsync("href");

    [BrowserFact]
    public async Task EveryShareButtonGoesThroughItsCountedShortLinkToTheNetwork()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/1");
        var canonical = await CanonicalAsync(page);
        Assert.False(string.IsNullOrEmpty(canonical));

        var buttons = ShareBar(page).Locator("a[href^='/s/']:not([href$='.svg'])");
        var hrefs = await buttons.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var networks = hrefs.Select(h => Regex.Match(h, "^/s/[^/]+/([a-z]+)$").Groups[1].Value).ToList();
        Assert.Equal(NetworkUrls.Keys.Order(), networks.Order());

        foreach (var href in hrefs)
        {
            var network = href.Split('/')[^1];
            var response = await page.APIRequest.GetAsync(href, new() { MaxRedirects = 0 });
            Assert.Equal(302, response.Status);
            var location = response.Headers["location"];
            Assert.StartsWith(NetworkUrls[network], location, StringComparison.Ordinal);
            Assert.Contains($"{canonical}?utm_source={network}", Uri.UnescapeDataString(location), StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task CopyLinkPutsTheArticlesAddressOnTheClipboard()
    {
        await using var context = await browser.NewContextAsync(site);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/1");
        var canonical = await CanonicalAsync(page);

        await ShareBar(page).GetByRole(AriaRole.Button, new() { Name = "نسخ الرابط" }).ClickAsync();

        await Expect(ShareBar(page).GetByRole(AriaRole.Status)).ToHaveTextAsync("تم نسخ الرابط");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(canonical, copied);
    }

    [BrowserFact]
    public async Task TheKeyboardAloneReachesEveryShareLink()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/1");
        var links = await ShareBar(page).Locator("a").CountAsync();
        Assert.True(links > 0);

        await page.TabToAsync(".share-bar a");
        var reached = new List<string>();
        while (await page.EvaluateAsync<bool>("document.activeElement?.closest('.share-bar') !== null"))
        {
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.getAttribute('href') ?? document.activeElement.textContent"));
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(links, reached.Count(r => r.StartsWith("/s/", StringComparison.Ordinal)));
    }

    [BrowserFact]
    public async Task TheArticleWithItsShareBarHasNoSeriousOrCriticalAxeViolations()
    {
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/1");
        await Expect(ShareBar(page).Locator("a").First).ToBeVisibleAsync();

        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
