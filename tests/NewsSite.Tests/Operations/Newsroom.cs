using System.Collections.Concurrent;
using System.Net;

namespace NewsSite.Tests.Operations;

// People using a site process at the same time: readers opening pages, an editor publishing stories. Every story
// the site answered "published" for is recorded with the time of the answer.
internal static class Newsroom
{
    public static async Task<HttpClient> SignInAsync(string baseUrl)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        using var signedIn = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = SiteProcess.AdminEmail,
            ["Input.Password"] = SiteProcess.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    // Publishes stories one after another until stopped; returns (id, title, acknowledged at) for each success.
    public static async Task<List<(int Id, string Title, DateTime AcknowledgedAtUtc)>> PublishUntilAsync(
        HttpClient editor, string name, ConcurrentBag<int> serverErrors, CancellationToken stop)
    {
        var published = new List<(int, string, DateTime)>();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var title = $"{name} خبر رقم {n} {Guid.NewGuid():N}";
            HttpResponseMessage response;
            try
            {
                response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
                {
                    ["Input.Title"] = title,
                    ["Input.BodyMarkdown"] = "فقرة أولى.\n\nفقرة ثانية.",
                    ["Input.SectionId"] = "1",
                    ["Input.AuthorId"] = "1",
                }, "Publish");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                break;   // the site went away (the fault test kills it): unanswered, so not acknowledged
            }

            using (response)
            {
                if ((int)response.StatusCode >= 500)
                {
                    serverErrors.Add((int)response.StatusCode);
                }
                else if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    published.Add((Publishing.EditorForm.IdFrom(response), title, DateTime.UtcNow));
                }
            }
        }

        return published;
    }

    // Readers opening the home page, sections and stories as fast as they can; counts answers, records 5xx.
    public static Task<long> ReadUntilAsync(string baseUrl, int readers, ConcurrentBag<int> serverErrors, CancellationToken stop)
    {
        long answered = 0;
        string[] pages = ["/", "/sections/world", "/articles/1", "/rss.xml", "/search?q=" + Uri.EscapeDataString("النفط")];
        var tasks = Enumerable.Range(0, readers).Select(async r =>
        {
            using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await reader.GetAsync(pages[i % pages.Length], stop);
                    if ((int)response.StatusCode >= 500)
                    {
                        serverErrors.Add((int)response.StatusCode);
                    }

                    Interlocked.Increment(ref answered);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // stopped, or the site was killed mid-request
                }
            }
        });
        return Task.WhenAll(tasks).ContinueWith(_ => Interlocked.Read(ref answered), TaskScheduler.Default);
    }
}
