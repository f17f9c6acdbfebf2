namespace NewsSite.BrowserTests;

// One Chromium for the whole run, shared by every browser test class. Playwright cannot download browsers here, so it
// drives Debian's; a machine without it fails loudly instead of skipping.
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Browsers.SkipReason is not null)
        {
            return;   // every test is skipped and says why
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath} and fonts with Arabic glyphs. Install them with " +
                "`apt-get install -y chromium fonts-noto-core` (as root; `bash .ci/run` does this when they are missing).");
        }

        // The machine is shared and slow at times: give assertions room, they still return as soon as they pass.
        SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    // A fresh, cookie-less browser profile on the given site, sized like a phone (390) or a desktop (1440).
    public Task<IBrowserContext> NewContextAsync(KestrelNewsSiteFactory site, int width = 1440, int height = 900) =>
        Browser.NewContextAsync(new()
        {
            BaseURL = site.RootUri,
            Locale = "ar-AE",
            TimezoneId = "Asia/Dubai",
            ViewportSize = new() { Width = width, Height = height },
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
