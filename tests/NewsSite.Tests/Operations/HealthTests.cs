using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace NewsSite.Tests.Operations;

public sealed class HealthTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task LiveAndReadyAnswerJsonThatNothingKeeps()
    {
        var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var readyAgain = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await StatusAsync(live));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        foreach (var check in new[] { "database", "media", "background" })
        {
            Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }

        Assert.True(ready.Headers.CacheControl?.NoStore);
        Assert.Null(readyAgain.Headers.Age);   // never from the page cache
        Assert.StartsWith("application/json", ready.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APictureFolderGoneAfterStartMakesTheSiteNotReadyButStillLive()
    {
        var media = Path.Combine(factory.Folder, "media-for-health");
        using var site = factory.WithWebHostBuilder(b => b.UseSetting("NewsSite:Media:Path", media));
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        Directory.Delete(media, recursive: true);
        await File.WriteAllTextAsync(media, "a file where the picture folder was (a disk unmounted, a wrong volume)");
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            using var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Unhealthy", report.RootElement.GetProperty("status").GetString());
            Assert.Equal("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("media").GetProperty("status").GetString());
            Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            File.Delete(media);
        }
    }

    private static async Task<string?> StatusAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("status").GetString();
    }
}
