using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsSite.Tests.Operations;

// The site as its own process (the build's NewsSite.Web.dll, as `dotnet NewsSite.Web.dll` runs it in production) on a
// folder of its own: for what only a real process shows — a command's exit code, a kill -9, a restart.
internal sealed class SiteProcess : IAsyncDisposable
{
    public const string AdminEmail = "chief@process.example";
    public const string AdminPassword = "Process-Chief-2026";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private SiteProcess(Process process, StringBuilder output, string baseUrl)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    public string Output => _output.ToString();

    // A command (--backup, --restore …) on the folder's site: its exit code and what it printed.
    public static Task<(int ExitCode, string Output)> RunAsync(string folder, params string[] arguments) => RunAsync(folder, true, arguments);

    // sampleContent: false is a production install's first start, an empty newsroom.
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, bool sampleContent, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Launch(folder, null, arguments, output, sampleContent);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, output.ToString());
    }

    // The free port is found by binding port 0 and letting it go; in between, another test's outgoing connection may
    // take it. Kestrel then refuses to start, and another port is tried.
    // settings: environment variables over the defaults (ConnectionStrings__News=…), for a site on other servers.
    public static async Task<SiteProcess> StartAsync(string folder, bool sampleContent = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortAsync(folder, sampleContent, settings);
            }
            catch (InvalidOperationException ex) when (attempt < 3 && ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // try another port
            }
        }
    }

    private static async Task<SiteProcess> StartOnFreePortAsync(string folder, bool sampleContent, IReadOnlyDictionary<string, string>? settings)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
        var output = new StringBuilder();
        var process = Launch(folder, baseUrl, ["--urls", baseUrl], output, sampleContent, settings);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();   // and for the rest of its output
                throw new InvalidOperationException($"The site exited ({process.ExitCode}):\n{output}");
            }

            try
            {
                using var ready = await http.GetAsync(baseUrl + "/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return new SiteProcess(process, output, baseUrl);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The site did not become ready:\n{output}");
    }

    // kill -9: no shutdown, no flush, nothing finished.
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static Process Launch(string folder, string? baseUrl, string[] arguments, StringBuilder output, bool sampleContent,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ConnectionStrings__News"] = $"Data Source={Path.Combine(folder, "news.db")}";
        environment["NewsSite__Media__Path"] = Path.Combine(folder, "media");
        environment["NewsSite__Media__CardsPath"] = Path.Combine(folder, "cards");
        environment["NewsSite__KeysPath"] = Path.Combine(folder, "keys");
        environment["NewsSite__SeedSampleContent"] = sampleContent ? "true" : "false";
        environment["NewsSite__PublicBaseUrl"] = baseUrl ?? "http://127.0.0.1";
        environment["NewsSite__Admin__Email"] = AdminEmail;
        environment["NewsSite__Admin__Password"] = AdminPassword;
        foreach (var limit in new[] { "SignInsPerMinute", "SignInsPerAccount", "SearchesPerMinute", "ViewsPerMinute", "PreviewsPerMinute" })
        {
            environment[$"NewsSite__RateLimits__{limit}"] = "1000000";
        }

        environment["Serilog__MinimumLevel__Default"] = "Warning";
        environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(folder, "logs", "site-.log");
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
