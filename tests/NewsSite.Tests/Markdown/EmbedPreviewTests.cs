using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Markdown;

// A provider's oEmbed endpoint on a real loopback port: a title and a thumbnail for one video, nothing for others.
public sealed class FakeProvider : IAsyncDisposable
{
    private WebApplication _app = null!;   // set by Start, whose endpoints need the provider first

    public ConcurrentQueue<string> Asked { get; } = new();

    public string Root => _app.Root();

    public static FakeProvider Start()
    {
        var provider = new FakeProvider();
        provider._app = LoopbackApp.Start(app =>
        {
            app.MapGet("/oembed", (string url) =>
            {
                provider.Asked.Enqueue(url);
                return url.Contains("dQw4w9WgXcQ", StringComparison.Ordinal)
                    ? Results.Json(new { title = "مؤتمر صحفي لوزير الطاقة", author_name = "قناة الأفق", thumbnail_url = provider.Root + "/thumb.jpg" })
                    : Results.StatusCode(500);
            });
            app.MapGet("/thumb.jpg", () => Results.Bytes(TestImages.Jpeg(640, 360), "image/jpeg"));
        });
        return provider;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed class EmbedPreviewFactory : NewsSiteFactory
{
    public FakeProvider Provider { get; } = FakeProvider.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Embeds:OEmbed:youtube", Provider.Root + "/oembed");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

// The facade shows the video's title and a thumbnail kept in the library, fetched once when the story is saved.
public sealed class EmbedPreviewTests(EmbedPreviewFactory factory) : IClassFixture<EmbedPreviewFactory>
{
    [Fact]
    public async Task ASavedStorysEmbedShowsTheProvidersTitleAndAThumbnailFromTheLibrary()
    {
        var editor = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "وزير الطاقة يتحدث عن الأسعار",
            ["Input.BodyMarkdown"] = "شاهد المؤتمر:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nومقطعاً آخر:\n\nhttps://youtu.be/aaaaaaaaaaa",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
        }, "Publish");
        var id = Publishing.EditorForm.IdFrom(published);

        var page = await factory.CreateClient().GetDocumentAsync(SiteUrls.ArticleById(id));
        var facades = page.QuerySelectorAll(".article__body figure.embed--youtube").ToList();
        Assert.Equal(2, facades.Count);
        Assert.Equal("مؤتمر صحفي لوزير الطاقة", facades[0].QuerySelector(".embed__title")?.TextContent);
        Assert.Matches("^/media/[0-9a-f]{32}-480\\.jpg$", facades[0].QuerySelector("img.embed__thumb")!.GetAttribute("src"));
        Assert.Null(facades[1].QuerySelector(".embed__title"));   // the provider had nothing: the facade stays plain
        Assert.Contains("يوتيوب", facades[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("iframe"));

        var feed = await factory.CreateClient().GetStringAsync("/rss.xml");   // in feeds, an embed is a link to the post
        Assert.Contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"", feed, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example/media/", feed, StringComparison.Ordinal);   // the thumbnail, absolute
        Assert.DoesNotContain("src=\"/media/", feed, StringComparison.Ordinal);

        var asked = factory.Provider.Asked.Count;
        using var saved = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", new Dictionary<string, string?> { ["Input.Standfirst"] = "مقدمة" }, "Publish");
        Assert.Equal(asked + 1, factory.Provider.Asked.Count);   // the title is kept: only the one that failed is asked again
    }
}
