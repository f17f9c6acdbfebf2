using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks;

// Reader pages under load, measured with wrk against the published site on stores of generated stories, beside a
// baseline app that answers with the same bytes as the article page, in the same run.
// Usage: dotnet run -c Release --project tests/NewsSite.Benchmarks [-- --stories 1000,100000 --seconds 10 --connections 64]
// Needs wrk (apt-get install -y wrk). Takes about 15 minutes with the defaults (most of it making 100,000 stories).
internal static partial class Benchmark
{
    private const int SitePort = 5401;
    private const int BaselinePort = 5402;
    private const string TagOfOne = "tag of one story (uncached render)";
    private const string GuestPage = "guest writer's page (uncached render)";
    private const string GuestStory = "guest writer's story (uncached render)";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> Main(string[] args)
    {
        var sizes = Option(args, "--stories", "1000,100000").Split(',').Select(s => int.Parse(s, Invariant)).ToArray();
        var duration = TimeSpan.FromSeconds(int.Parse(Option(args, "--seconds", "10"), Invariant));
        var connections = int.Parse(Option(args, "--connections", "64"), Invariant);
        if (!Wrk.Installed())
        {
            Console.Error.WriteLine("wrk is missing: apt-get install -y wrk");
            return 2;
        }

        var root = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), $"newssite-bench-{Guid.NewGuid():N}");
        var site = Path.Combine(work, "site");
        Directory.CreateDirectory(work);
        try
        {
            Console.WriteLine(string.Create(Invariant,
                $"NewsSite page benchmark, {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, wrk -t2 -c{connections} -d{duration.TotalSeconds:0}s on 127.0.0.1"));
            var clock = Stopwatch.StartNew();
            // Published as for production: for this machine's platform, so ReadyToRun.
            await RunAsync("dotnet", $"publish \"{Path.Combine(root, "src", "NewsSite.Web")}\" -c Release -r {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} -o \"{site}\" -v q");
            Console.WriteLine(string.Create(Invariant, $"published in {clock.Elapsed.TotalSeconds:0} s"));

            await using var baseline = await BaselineServer.StartAsync(BaselinePort);
            var results = new Dictionary<int, SizeResult>();
            foreach (var size in sizes)
            {
                results[size] = await MeasureAsync(site, Path.Combine(work, $"n{size}"), size, baseline, connections, duration);
            }

            PrintScaling(results);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<SizeResult> MeasureAsync(string site, string data, int size, BaselineServer baseline, int connections, TimeSpan duration)
    {
        Directory.CreateDirectory(data);
        var clock = Stopwatch.StartNew();
        await SiteProcess.GenerateAsync(site, data, size);
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"== {size:N0} stories (generated in {clock.Elapsed.TotalSeconds:0} s, database {new FileInfo(Path.Combine(data, "news.db")).Length / 1048576.0:0} MiB)"));

        var rows = new List<LoadResult>();
        long peakRss;
        TimeSpan startup;
        IReadOnlyList<(string Page, bool Shows)> visible;
        string article, section, sectionDeep, search, shortLink;
        (string Article, string Tag, string Author) guest;
        byte[] articleBytes;
        await using (var cached = await SiteProcess.StartAsync(site, data, SitePort, cached: true))
        {
            startup = cached.Startup;
            using var http = new HttpClient { BaseAddress = new Uri(cached.BaseUrl) };
            var paths = await ArticlePathsAsync(http);
            article = paths[0];
            section = SectionLink().Match(await http.GetStringAsync(article)).Groups[1].Value;
            var sectionPages = (int)Math.Ceiling(size / 7.0 / 10);
            sectionDeep = $"{section}?page={Math.Min(500, Math.Max(1, sectionPages / 2)).ToString(Invariant)}";
            search = "/search?q=" + Uri.EscapeDataString("أسعار النفط");
            var id = int.Parse(article.Split('/')[2], Invariant);
            shortLink = new Uri((await http.GetStringAsync($"/api/articles/{id.ToString(Invariant)}/share")).Split("\"shortUrl\":\"")[1].Split('"')[0]).AbsolutePath;
            articleBytes = await http.GetByteArrayAsync(article);
            baseline.Serve(articleBytes);

            await WarmAsync(cached.BaseUrl, [article, "/", section, sectionDeep, search, "/rss.xml", shortLink], connections);
            await WarmAsync(baseline.BaseUrl, ["/"], connections);
            rows.AddRange(await AlternatedAsync(
                ($"baseline: the article's {articleBytes.Length / 1024.0:0.0} kB from a minimal app", baseline.BaseUrl + "/"),
                ("article (cached)", cached.BaseUrl + article), connections, duration));
            rows.Add(await Wrk.RunAsync("home (cached)", cached.BaseUrl + "/", connections, duration));
            rows.Add(await Wrk.RunAsync("section (cached)", cached.BaseUrl + section, connections, duration));
            rows.Add(await Wrk.RunAsync($"section page {sectionDeep.Split('=')[1]} (cached)", cached.BaseUrl + sectionDeep, connections, duration));
            rows.Add(await Wrk.RunAsync("search (cached)", cached.BaseUrl + search, connections, duration));
            rows.Add(await Wrk.RunAsync("/rss.xml (cached)", cached.BaseUrl + "/rss.xml", connections, duration));
            rows.Add(await Wrk.RunAsync("short link /s/{code} (301)", cached.BaseUrl + shortLink, connections, duration));
            var rssCached = cached.PeakRssBytes;
            var fresh = paths.Skip(1).ToList();   // never requested yet: each request renders a page and fills the cache
            rows.Add(await Wrk.RunAsync($"article, cache miss ({fresh.Count:N0} distinct)", cached.BaseUrl + "/",
                connections, duration, Wrk.DistinctPathsScript(data, fresh)));
            peakRss = cached.PeakRssBytes;
            Console.WriteLine(string.Create(Invariant, $"peak RSS: {rssCached / 1048576.0:0} MiB under the cached load, {peakRss / 1048576.0:0} MiB after the cache-miss run (a crawler reading {Math.Min(fresh.Count, rows[^1].Requests):N0} stories)"));
            visible = await Newsroom.PublishAndLookAsync(cached.BaseUrl, $"خبر المقياس {Guid.NewGuid():N}");
            guest = await Newsroom.PublishGuestStoryAsync(cached.BaseUrl);
        }

        await using (var uncached = await SiteProcess.StartAsync(site, data, SitePort, cached: false))
        {
            await WarmAsync(uncached.BaseUrl, [article, "/", section, sectionDeep], connections);
            rows.Add(await Wrk.RunAsync("article (uncached render)", uncached.BaseUrl + article, connections, duration));
            rows.Add(await Wrk.RunAsync("home (uncached render)", uncached.BaseUrl + "/", connections, duration));
            rows.Add(await Wrk.RunAsync("section (uncached render)", uncached.BaseUrl + section, connections, duration));
            rows.Add(await Wrk.RunAsync($"section page {sectionDeep.Split('=')[1]} (uncached render)", uncached.BaseUrl + sectionDeep, connections, duration));
            await WarmAsync(uncached.BaseUrl, [guest.Tag, guest.Author, guest.Article], connections);
            rows.Add(await Wrk.RunAsync(TagOfOne, uncached.BaseUrl + guest.Tag, connections, duration));
            rows.Add(await Wrk.RunAsync(GuestPage, uncached.BaseUrl + guest.Author, connections, duration));
            rows.Add(await Wrk.RunAsync(GuestStory, uncached.BaseUrl + guest.Article, connections, duration));
            Console.WriteLine(string.Create(Invariant, $"peak RSS of the uncached site under load: {uncached.PeakRssBytes / 1048576.0:0} MiB"));
        }

        var baselineRate = rows[0].RequestsPerSecond;
        Console.WriteLine($"{"page",-48} {"req/s",9} {"× base",7} {"p50 ms",8} {"p99 ms",8} {"requests",9} {"errors",7}");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(Invariant,
                $"{row.Name,-48} {row.RequestsPerSecond,9:0} {row.RequestsPerSecond / baselineRate,7:0.00} {row.P50Ms,8:0.00} {row.P99Ms,8:0.00} {row.Requests,9} {row.Errors,7}"));
        }

        Console.WriteLine("(a cache-miss row with more requests than distinct articles also served some from the cache)");

        Console.WriteLine(string.Create(Invariant, $"start to first answer {startup.TotalSeconds:0.00} s"));
        Console.WriteLine("a publish shows on the next request: " + string.Join(", ", visible.Select(v => $"{v.Page} {(v.Shows ? "yes" : "NO")}")));
        return new SizeResult(rows);
    }

    // Every article's path, newest first, from the sitemaps (as a crawler finds them: the index, then each article
    // sitemap, oldest stories first).
    private static async Task<List<string>> ArticlePathsAsync(HttpClient http)
    {
        var paths = new List<string>();
        foreach (var sitemap in Locations(await http.GetStringAsync("/sitemap.xml")).Where(p => p.StartsWith("/sitemaps/articles-", StringComparison.Ordinal)))
        {
            paths.AddRange(Locations(await http.GetStringAsync(sitemap)));
        }

        paths.Reverse();
        return paths;
    }

    private static IEnumerable<string> Locations(string sitemap) =>
        SitemapLocation().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).PathAndQuery);

    // The baseline and the cached article in turns, three rounds, each row the median round: this machine is shared, and
    // a neighbour's burst during one run would otherwise move the ratio the target is about.
    private static async Task<LoadResult[]> AlternatedAsync((string Name, string Url) baseline, (string Name, string Url) page, int connections, TimeSpan duration)
    {
        var rounds = new List<(LoadResult Baseline, LoadResult Page)>();
        for (var round = 0; round < 3; round++)
        {
            rounds.Add((await Wrk.RunAsync(baseline.Name, baseline.Url, connections, duration), await Wrk.RunAsync(page.Name, page.Url, connections, duration)));
        }

        Console.WriteLine(string.Create(Invariant, $"{page.Name} ÷ baseline, round by round: {string.Join(", ", rounds.Select(r => (r.Page.RequestsPerSecond / r.Baseline.RequestsPerSecond).ToString("0.00", Invariant)))}"));
        return [Median(rounds.Select(r => r.Baseline)), Median(rounds.Select(r => r.Page))];
    }

    private static LoadResult Median(IEnumerable<LoadResult> runs) => runs.OrderBy(r => r.RequestsPerSecond).ElementAt(1);

    // JIT and tiering first (steady state is what a busy site runs in), then every page once more.
    private static async Task WarmAsync(string baseUrl, IEnumerable<string> paths, int connections)
    {
        foreach (var path in paths)
        {
            await Wrk.RunAsync("warm-up", baseUrl + path, connections, TimeSpan.FromSeconds(path == paths.First() ? 20 : 5));
        }
    }

    private static void PrintScaling(Dictionary<int, SizeResult> results)
    {
        if (results.Count < 2)
        {
            return;
        }

        var (small, large) = (results.MinBy(r => r.Key), results.MaxBy(r => r.Key));
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"cost at {large.Key:N0} stories ÷ cost at {small.Key:N0} (uncached; time per request, 1.00 = no growth):"));
        foreach (var name in new[] { "home (uncached render)", "section (uncached render)", "article (uncached render)", TagOfOne, GuestPage, GuestStory })
        {
            var ratio = small.Value.Rate(name) / large.Value.Rate(name);
            Console.WriteLine(string.Create(Invariant, $"  {name,-40} {ratio:0.00}"));
        }
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments))!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}).");
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NewsSite.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    private sealed record SizeResult(IReadOnlyList<LoadResult> Rows)
    {
        public double Rate(string name) => Rows.Single(r => r.Name == name).RequestsPerSecond;
    }

    [GeneratedRegex("""<nav class="breadcrumb"[\s\S]*?<a href="(/sections/[^"]+)""")]
    private static partial Regex SectionLink();

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex SitemapLocation();
}
