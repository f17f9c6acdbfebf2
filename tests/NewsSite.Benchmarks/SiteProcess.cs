using System.Diagnostics;
using System.Globalization;

namespace NewsSite.Benchmarks;

// The published site as its own process on a loopback port, configured as in production (no sample content), with
// rate limits lifted (every request comes from 127.0.0.1) and quiet logs.
internal sealed class SiteProcess : IAsyncDisposable
{
    public const string AdminEmail = "chief@benchmark.example";
    public const string AdminPassword = "Benchmark-Chief-2026";

    private readonly Process _process;

    private SiteProcess(Process process, string baseUrl, TimeSpan startup)
    {
        _process = process;
        BaseUrl = baseUrl;
        Startup = startup;
    }

    public string BaseUrl { get; }

    // From starting the process to its first answer of the home page.
    public TimeSpan Startup { get; }

    // The most physical memory the process has held (VmHWM).
    public long PeakRssBytes => ReadStatus("VmHWM:");

    public static async Task GenerateAsync(string siteFolder, string dataFolder, int stories)
    {
        using var process = Launch(Start(siteFolder, dataFolder, null, cached: true, $"--generate-stories {stories.ToString(CultureInfo.InvariantCulture)}"));
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"--generate-stories {stories} failed ({process.ExitCode}).");
        }
    }

    public static async Task<SiteProcess> StartAsync(string siteFolder, string dataFolder, int port, bool cached)
    {
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var clock = Stopwatch.StartNew();
        var process = Launch(Start(siteFolder, dataFolder, baseUrl, cached, $"--urls {baseUrl}"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                using var response = await http.GetAsync(baseUrl + "/");
                if (response.IsSuccessStatusCode)
                {
                    return new SiteProcess(process, baseUrl, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with {process.ExitCode} before answering.");
            }

            await Task.Delay(10);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The site did not answer within two minutes.");
    }

    // Its console is read and dropped, so a full pipe never stalls it.
    private static Process Launch(ProcessStartInfo start)
    {
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo Start(string siteFolder, string dataFolder, string? baseUrl, bool cached, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"NewsSite.Web.dll {arguments}")
        {
            WorkingDirectory = siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ConnectionStrings__News"] = $"Data Source={Path.Combine(dataFolder, "news.db")}";
        environment["NewsSite__SeedSampleContent"] = "false";
        environment["NewsSite__Media__Path"] = Path.Combine(dataFolder, "media");
        environment["NewsSite__Media__CardsPath"] = Path.Combine(dataFolder, "cards");
        environment["NewsSite__PublicBaseUrl"] = baseUrl ?? "http://127.0.0.1";
        environment["NewsSite__Admin__Email"] = AdminEmail;
        environment["NewsSite__Admin__Password"] = AdminPassword;
        environment["NewsSite__Caching__Enabled"] = cached ? "true" : "false";
        foreach (var limit in new[] { "SearchesPerMinute", "SharesPerMinute", "ViewsPerMinute", "SignInsPerMinute", "SignInsPerAccount" })
        {
            environment[$"NewsSite__RateLimits__{limit}"] = "1000000";
        }

        // Logging as shipped: a render writes its request line, a page from the cache does not.
        environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(dataFolder, "logs", "site-.log");
        return start;
    }

    private long ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
