namespace NewsSite.BrowserTests;

// Full-page screenshots kept as artifacts of every run in <repo>/tests/TestResults/screenshots (git-ignored, named in the README).
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "TestResults", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        // Lazy images below the fold would stay blank in a full-page capture: load and decode them all first.
        await page.EvaluateAsync("""
            Promise.all([...document.images].map(img => { img.loading = "eager"; return img.decode().catch(() => {}); }))
                .then(() => document.fonts.ready)
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsSite.sln")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
