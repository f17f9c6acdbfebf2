using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace NewsSite.Tests.Security;

// Small limits, so a test can reach them; the site's defaults are per minute and generous for people.
public sealed class TightLimitsFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:RateLimits:SignInsPerMinute", "6");
        builder.UseSetting("NewsSite:RateLimits:SignInsPerAccount", "3");
        builder.UseSetting("NewsSite:RateLimits:SearchesPerMinute", "5");
        builder.UseSetting("NewsSite:RateLimits:SharesPerMinute", "3");
        builder.UseSetting("NewsSite:RateLimits:PreviewsPerMinute", "3");
    }
}

public sealed class RateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task SearchOverTheLimitIsRefusedWithRetryAfterAndAnArabicPage()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=test{i}")).StatusCode);
        }

        using var refused = await client.GetAsync("/search?q=again");

        await AssertRefusedAsync(refused);
    }

    [Fact]
    public async Task AccountsAreThrottledWhateverTheAddressAndSignInPagesStillShow()
    {
        var email = $"target-{Guid.NewGuid():N}@news.example";
        var responses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var attempt = await factory.CreateNonRedirectingClient().SubmitAsync("/Admin/Login", "#login-form",
                new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "guess-" + i });
            responses.Add(attempt.StatusCode);
            if (attempt.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await AssertRefusedAsync(attempt);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/Admin/Login")).StatusCode);   // GET is never limited
    }

    [Fact]
    public async Task OneAddressTryingManyAccountsIsRefused()
    {
        using var site = new TightLimitsFactory();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var attempt = await site.CreateNonRedirectingClient().SubmitAsync("/Admin/Login", "#login-form",
                new Dictionary<string, string?> { ["Input.Email"] = $"user{i}@news.example", ["Input.Password"] = "guess" });
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 6).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task CountedShareClicksOverTheLimitAreRefused()
    {
        var article = await factory.AddArticleAsync("خبر تكثر مشاركته", "نص");
        var client = factory.CreateReaderClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/s/{article.ShortCode}/whatsapp")).StatusCode);
        }

        await AssertRefusedAsync(await client.GetAsync($"/s/{article.ShortCode}/whatsapp"));
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync($"/s/{article.ShortCode}")).StatusCode);   // reading is not limited
    }

    [Fact]
    public async Task ThePreviewIsLimitedPerStaffMember()
    {
        var (editor, _) = await factory.StaffAsync(NewsSite.Web.Accounts.Roles.Editor);
        var token = (await editor.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await editor.PostAsync("/Admin/Articles/Edit?handler=Preview",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Title", "معاينة"), new("Input.BodyMarkdown", "نص")]));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var page = await response.ParseAsync();
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("طلبات كثيرة", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }
}
