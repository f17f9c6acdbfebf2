using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks;

internal sealed record LoadResult(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors);

// wrk (Debian's package) on loopback: fixed connections and time, latency percentiles, non-2xx/3xx counted as errors.
internal static partial class Wrk
{
    public static bool Installed() => File.Exists("/usr/bin/wrk");

    public static async Task<LoadResult> RunAsync(string name, string url, int connections, TimeSpan duration, string? script = null)
    {
        var arguments = string.Create(CultureInfo.InvariantCulture,
            $"-t2 -c{connections} -d{(int)duration.TotalSeconds}s --latency {(script is null ? "" : $"-s {script} ")}{url}");
        var output = await RunProcessAsync("/usr/bin/wrk", arguments);
        return new LoadResult(name,
            Number(RequestsLine().Match(output)),
            Millis(Percentile(output, "50%")), Millis(Percentile(output, "99%")),
            (long)Number(TotalLine().Match(output)),
            (long)(NonSuccessLine().Match(output) is { Success: true } m ? Number(m) : 0) + (long)(SocketErrors(output)));
    }

    // A script that sends each connection's requests to the next of many paths, never the same one twice (until the
    // list runs out): every request is a page nobody asked for yet.
    public static string DistinctPathsScript(string folder, IReadOnlyList<string> paths)
    {
        var script = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            script.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }

        script.Append("""
            }
            local counter = 0
            function setup(thread)
              thread:set("first", counter)
              counter = counter + 1
            end
            local next_index = nil
            function request()
              if next_index == nil then next_index = first end
              local path = paths[(next_index % #paths) + 1]
              next_index = next_index + 2
              return wrk.format("GET", path)
            end
            """);
        var file = Path.Combine(folder, "distinct-paths.lua");
        File.WriteAllText(file, script.ToString());
        return file;
    }

    private static async Task<string> RunProcessAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output + await process.StandardError.ReadToEndAsync();
    }

    private static string Percentile(string output, string label) =>
        Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    private static double Millis(string value)
    {
        var match = Regex.Match(value, @"^([\d.]+)(us|ms|s|m)$");
        if (!match.Success)
        {
            return double.NaN;
        }

        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => number / 1000, "ms" => number, "s" => number * 1000, _ => number * 60_000 };
    }

    private static double Number(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static int SocketErrors(string output) =>
        Regex.Matches(output, @"(?:connect|read|write|timeout) (\d+)").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccessLine();
}
