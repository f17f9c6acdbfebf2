namespace NewsSite.BrowserTests;

// A test that needs Debian's Chromium. `dotnet test` on a machine without it skips these and says how to get them;
// `bash .ci/run` installs it and sets NEWSSITE_REQUIRE_BROWSER=1, so there a missing browser fails the run instead.
internal static class Browsers
{
    public static string? SkipReason =>
        File.Exists(BrowserFixture.ChromiumPath) || Environment.GetEnvironmentVariable("NEWSSITE_REQUIRE_BROWSER") == "1"
            ? null
            : $"Chromium is not installed at {BrowserFixture.ChromiumPath}: run `sudo apt-get install -y chromium fonts-noto-core`, or `bash .ci/run`, which installs them and runs every test.";
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Browsers.SkipReason;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Browsers.SkipReason;
}
