using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Api;

// A partner with a key, and one site allowed to call the API from its pages.
public sealed class ApiFactory : NewsSiteFactory
{
    public const string Key = "partner-key-0123456789-abcdefghijklmnop";
    public const string AppOrigin = "https://app.news.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Api:Keys:mobile", Key);
        builder.UseSetting("NewsSite:Api:Keys:guessable", "short-key");
        builder.UseSetting("NewsSite:Api:CorsOrigins:0", AppOrigin);
        builder.UseSetting("NewsSite:RateLimits:SearchesPerMinute", "1000");
    }
}

public sealed class ContentApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task StoriesComeNewestFirstAPageAtATimeWithLinksToTheNext()
    {
        var client = factory.CreateClient();
        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= DateTime.UtcNow));

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/stories?pageSize=3");
        var next = first.GetProperty("next").GetString()!;
        var second = await client.GetFromJsonAsync<JsonElement>(next);

        Assert.Equal(published, first.GetProperty("totalItems").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.StartsWith("https://news.example/api/v1/stories?", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        var times = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(s => s.GetProperty("publishedAt").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.EndsWith("Z", first.GetProperty("items")[0].GetProperty("publishedAt").GetString(), StringComparison.Ordinal);
        Assert.Empty(first.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt32())
            .Intersect(second.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task AStoryCarriesItsBodyAsHtmlAndAsPlainText()
    {
        var story = await factory.AddArticleAsync("خبر للواجهة البرمجية", "فقرة فيها **كلمة بارزة** و[رابط](https://example.com/a).\n\n## عنوان فرعي\n\nفقرة ثانية [بالموقع](/sections/world).\n\n![صحراء](/img/seed/desert.jpg)");

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/stories/{story.Id}");

        Assert.Equal("خبر للواجهة البرمجية", json.GetProperty("title").GetString());
        var html = json.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>كلمة بارزة</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/sections/world\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example/img/seed/desert.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/a\"", html, StringComparison.Ordinal);
        var text = json.GetProperty("bodyText").GetString()!;
        Assert.Contains("فقرة فيها كلمة بارزة ورابط.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Equal($"https://news.example/articles/{story.Id}/{Uri.EscapeDataString(story.Slug)}", json.GetProperty("url").GetString());
        Assert.StartsWith("https://news.example/s/", json.GetProperty("shortUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("published", json.GetProperty("status").GetString());
        Assert.NotEmpty(json.GetProperty("authors").EnumerateArray());
    }

    [Theory]
    [InlineData("section")]
    [InlineData("tag")]
    [InlineData("author")]
    public async Task StoriesFilterBySectionTagOrAuthor(string filter)
    {
        var (slug, expected) = await factory.WithDbAsync(async db => filter switch
        {
            "section" => await db.Sections.Where(s => s.Articles.Any()).Select(s => new { s.Slug, Ids = s.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).ToList() }).FirstAsync() is var s ? (s.Slug, s.Ids) : default,
            "tag" => await db.Tags.Where(t => t.Articles.Count > 1).Select(t => new { t.Slug, Ids = t.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).ToList() }).FirstAsync() is var t ? (t.Slug, t.Ids) : default,
            _ => await db.Articles.Where(x => x.Status == ArticleStatus.Published).SelectMany(x => x.Bylines).Select(b => b.Author.Slug).FirstAsync() is var author
                ? (author, await db.Articles.Where(x => x.Status == ArticleStatus.Published && x.Bylines.Any(b => b.Author.Slug == author)).Select(x => x.Id).ToListAsync())
                : default,
        });

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/stories?{filter}={Uri.EscapeDataString(slug)}&pageSize=50");

        Assert.Equal(expected.Order(), json.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).Order());
    }

    // The totals of the lists reader pages count too are kept between requests (ListingCounts): a publish and a deletion
    // show in the next answer's totalItems, with or without a filter, and so do those counted on every request.
    [Fact]
    public async Task TotalsFollowEveryPublishAndDeletion()
    {
        var (sectionSlug, authorSlug) = await factory.WithDbAsync(async db =>
            (await db.Sections.OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync(), await db.Authors.OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync()));
        string[] lists = ["/api/v1/stories", $"/api/v1/stories?section={sectionSlug}", $"/api/v1/stories?author={Uri.EscapeDataString(authorSlug)}",
            $"/api/v1/stories?section={sectionSlug}&author={Uri.EscapeDataString(authorSlug)}"];
        var client = factory.CreateClient();
        async Task<int[]> TotalsAsync() =>
            [.. await Task.WhenAll(lists.Select(async url => (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("totalItems").GetInt32()))];
        var before = await TotalsAsync();
        var stored = await factory.WithDbAsync(async db => new[]
        {
            await db.Articles.Published().CountAsync(),
            await db.Articles.Published().CountAsync(a => a.Section.Slug == sectionSlug),
            await db.Articles.Published().CountAsync(a => a.Bylines.Any(b => b.Author.Slug == authorSlug)),
            await db.Articles.Published().CountAsync(a => a.Section.Slug == sectionSlug && a.Bylines.Any(b => b.Author.Slug == authorSlug)),
        });
        Assert.Equal(stored, before);

        var story = await factory.AddArticleAsync("خبر يزيد العدد", "نص");   // the first section's, by the first writer
        Assert.Equal(before.Select(n => n + 1), await TotalsAsync());

        Assert.True((await factory.DeleteArticleAsync(story.Id)).Succeeded);

        Assert.Equal(before, await TotalsAsync());
    }

    [Fact]
    public async Task StoriesNotYetPublishedAreOnlyForAValidKeyAndNeverCached()
    {
        var draft = await factory.AddArticleAsync("مسودة لا يراها العموم", "نص", a =>
        {
            a.Status = ArticleStatus.Draft;
            a.PublishedAtUtc = null;
        });
        var anonymous = factory.CreateClient();
        var guessed = factory.CreateClient();
        guessed.DefaultRequestHeaders.Add("X-Api-Key", "short-key");
        var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Key.Replace('0', '1'));
        var partner = factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Key);

        using (var publicWithAWrongKey = await wrong.GetAsync("/api/v1/sections"))
        {
            Assert.True(publicWithAWrongKey.Headers.CacheControl?.Public, "a made-up key must not turn the cache off");
        }

        foreach (var client in new[] { anonymous, guessed, wrong })
        {
            using var one = await client.GetAsync($"/api/v1/stories/{draft.Id}");
            using var list = await client.GetAsync("/api/v1/stories?status=draft");
            Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
            Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
            Assert.Contains("X-Api-Key", (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var inReview = await factory.AddArticleAsync("خبر ينتظر المراجعة", "نص", a =>
        {
            a.Status = ArticleStatus.InReview;
            a.PublishedAtUtc = null;
        });
        var reviews = await partner.GetFromJsonAsync<JsonElement>("/api/v1/stories?status=review");
        Assert.Contains(reviews.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetInt32() == inReview.Id);
        Assert.Equal("review", (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{inReview.Id}")).GetProperty("status").GetString());

        using var seen = await partner.GetAsync($"/api/v1/stories/{draft.Id}");
        var drafts = await partner.GetFromJsonAsync<JsonElement>("/api/v1/stories?status=draft&pageSize=50");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal("draft", (await seen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(seen.Headers.CacheControl is { Private: true, NoCache: true }, seen.Headers.CacheControl?.ToString());
        Assert.Contains(drafts.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetInt32() == draft.Id);

        // The partner's answer was not kept for the public.
        using var after = await anonymous.GetAsync($"/api/v1/stories/{draft.Id}");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task AnswersCarryAnETagAndAnswer304UntilTheStoriesChange()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/v1/stories?pageSize=5");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stories?pageSize=5");
        again.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        var story = await factory.AddArticleAsync("خبر عاجل يغيّر القائمة", "نص");
        using var afterPublish = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stories?pageSize=5");
        afterPublish.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(afterPublish);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(story.Id, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task OnlyTheConfiguredSitesMayCallItFromABrowser()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> FromAsync(string origin, HttpMethod method)
        {
            var request = new HttpRequestMessage(method, "/api/v1/sections");
            request.Headers.Add("Origin", origin);
            if (method == HttpMethod.Options)
            {
                request.Headers.Add("Access-Control-Request-Method", "GET");
                request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
            }

            return await client.SendAsync(request);
        }

        using var app = await FromAsync(ApiFactory.AppOrigin, HttpMethod.Get);
        using var stranger = await FromAsync("https://evil.example", HttpMethod.Get);
        using var appAgain = await FromAsync(ApiFactory.AppOrigin, HttpMethod.Get);   // after the stranger's answer was cached
        using var preflight = await FromAsync(ApiFactory.AppOrigin, HttpMethod.Options);

        Assert.Equal(ApiFactory.AppOrigin, app.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(ApiFactory.AppOrigin, appAgain.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(preflight.IsSuccessStatusCode, preflight.StatusCode.ToString());
        Assert.Contains("x-api-key", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/nothing-here", 404)]
    [InlineData("/api/v1/stories/999999", 404)]
    [InlineData("/api/v1/stories?page=0", 400)]
    [InlineData("/api/v1/stories?pageSize=500", 400)]
    [InlineData("/api/v1/stories?status=deleted", 401)]
    [InlineData("/api/v1/search", 400)]
    [InlineData("/api/v1/tags?page=-1", 400)]
    public async Task ErrorsAreProblemDetailsWithAnArabicExplanation(string url, int status)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Matches(@"\p{IsArabic}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SearchFindsStoriesAndSectionsTagsAndAuthorsAreListed()
    {
        var story = await factory.AddArticleAsync("الزعفران الإيراني يغزو أسواق الخليج", "نص عن الزعفران");
        await factory.AddArticleAsync("مسودة بوسم لم يعلن", "نص", a =>
        {
            a.Status = ArticleStatus.Draft;
            a.PublishedAtUtc = null;
            a.Tags = [new Tag { Name = "استقالة الوزير", Slug = "وسم-سري-للمسودة" }];
        });
        var client = factory.CreateClient();

        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("زعفران"));
        var sections = await client.GetFromJsonAsync<JsonElement>("/api/v1/sections");
        var tags = await client.GetFromJsonAsync<JsonElement>("/api/v1/tags?pageSize=50");
        var authors = await client.GetFromJsonAsync<JsonElement>("/api/v1/authors");

        Assert.Equal(story.Id, found.GetProperty("items")[0].GetProperty("id").GetInt32());
        var sectionCount = await factory.WithDbAsync(db => db.Sections.CountAsync(s => !s.IsHidden));
        Assert.Equal(sectionCount, sections.GetArrayLength());
        Assert.StartsWith("https://news.example/sections/", sections[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(await factory.WithDbAsync(db => db.Tags.CountAsync(t => t.Articles.Any(a => a.Status == ArticleStatus.Published))), tags.GetProperty("totalItems").GetInt32());
        Assert.DoesNotContain(tags.GetProperty("items").EnumerateArray(), t => t.GetProperty("slug").GetString() == "وسم-سري-للمسودة");
        Assert.Equal(await factory.WithDbAsync(db => db.Authors.CountAsync()), authors.GetArrayLength());
    }

    [Fact]
    public async Task TheOpenApiDocumentAndTheReferencePageDescribeEveryEndpoint()
    {
        var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var page = await client.GetDocumentAsync("/api");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/v1/authors", "/api/v1/search", "/api/v1/sections", "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/tags"], paths.Order());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("Story", out _));
        var listed = page.QuerySelectorAll(".api-operation h2 code").Select(c => c.TextContent).ToList();
        Assert.Equal(paths.Order(), listed.Order());
        Assert.NotNull(page.QuerySelector("a[href='https://news.example/api/v1/openapi.json']"));
        Assert.Contains("section", page.QuerySelectorAll(".api-operation td code").Select(c => c.TextContent));
        Assert.Contains(page.QuerySelectorAll(".api-operation tr"), r => r.TextContent.Contains("section", StringComparison.Ordinal) && r.TextContent.Contains("A section's slug", StringComparison.Ordinal));
        var stories = page.QuerySelectorAll(".api-operation").Single(o => o.QuerySelector("h2 code")!.TextContent == "/api/v1/stories");
        Assert.Contains("401", stories.TextContent, StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/stories").GetProperty("get").GetProperty("responses").TryGetProperty("401", out _));
    }
}

// Search through the API shares the readers' search limit; over it, a ProblemDetails 429 with Retry-After.
public sealed class ApiLimitFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:RateLimits:SearchesPerMinute", "2");
    }
}

public sealed class ContentApiLimitTests(ApiLimitFactory factory) : IClassFixture<ApiLimitFactory>
{
    [Fact]
    public async Task TooManySearchesAnswer429AsProblemDetails()
    {
        var client = factory.CreateClient();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("نفط" + i));
        }

        using (last)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
            Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(last.Headers.RetryAfter);
        }
    }
}
