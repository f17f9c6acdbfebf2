using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSite.Web.Counters;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Sharing;

public sealed class ShortLinkTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private ShareCounter Counter => factory.Services.GetRequiredService<ShareCounter>();

    private ShareLinkService Links => factory.Services.GetRequiredService<ShareLinkService>();

    private Task FlushAsync() =>
        factory.Services.GetServices<IHostedService>().OfType<CountFlusher>().Single().FlushAsync(CancellationToken.None);

    private Task<long> StoredAsync(int articleId, ShareNetwork network) =>
        factory.WithDbAsync(db => db.ArticleShareCounts.Where(s => s.ArticleId == articleId && s.Network == network).Select(s => s.Count).SingleOrDefaultAsync());

    private async Task<long> SharesAsync(int articleId, ShareNetwork network) =>
        await StoredAsync(articleId, network) + Counter.Pending(new ShareKey(articleId, network));

    private async Task<ShareableArticle> NewArticleAsync(string title = "خبر للمشاركة عبر الروابط المختصرة", Action<Article>? configure = null)
    {
        var article = await factory.AddArticleAsync(title, "نص الخبر", a =>
        {
            a.Content = a.Content with { ImagePath = "/img/seed/desert.jpg", Standfirst = "موجز قصير" };
            configure?.Invoke(a);
        });
        return ShareableArticle.From(article)!;
    }

    [Fact]
    public async Task ShortLinkAnswersPermanentRedirectToTheAbsoluteCanonicalUrl()
    {
        var article = await NewArticleAsync();

        using var response = await factory.CreateReaderClient().GetAsync($"/s/{article.ShortCode}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"https://news.example{SiteUrls.Article(article.Id, article.Slug)}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AFollowedCodeIsForgottenWithItsCachedArticle()
    {
        var article = await NewArticleAsync();
        var resolver = factory.Services.GetRequiredService<ShortLinkResolver>();

        using var response = await factory.CreateReaderClient().GetAsync($"/s/{article.ShortCode}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.True(resolver.Lists(article.Id));

        ((MemoryCache)factory.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);   // as when its minute is up
        await Eventually.TrueAsync(() => !resolver.Lists(article.Id));
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public async Task CountedLinkRecordsOneShareAndRedirectsToTheNetwork(ShareNetwork network)
    {
        var article = await NewArticleAsync();

        using var response = await factory.CreateReaderClient().GetAsync($"/s/{article.ShortCode}/{network.Slug()}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Links.ShareUrl(article, network), response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(1, await SharesAsync(article.Id, network));
        Assert.All(ShareNetworks.All.Where(n => n != network), n => Assert.Equal(0, SharesAsync(article.Id, n).Result));
    }

    [Fact]
    public async Task HeadRequestsAndCrawlersAreRedirectedButNotCounted()
    {
        var article = await NewArticleAsync();
        var path = $"/s/{article.ShortCode}/facebook";
        var anonymous = factory.CreateNonRedirectingClient();   // no User-Agent at all
        var crawler = factory.CreateNonRedirectingClient();
        crawler.DefaultRequestHeaders.UserAgent.ParseAdd("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");
        var whatsapp = factory.CreateNonRedirectingClient();
        whatsapp.DefaultRequestHeaders.UserAgent.ParseAdd("WhatsApp/2.23.20.0 A");

        using var head = await factory.CreateReaderClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var bot = await crawler.GetAsync(path);
        using var preview = await whatsapp.GetAsync(path);
        using var none = await anonymous.GetAsync(path);
        using var reader = await factory.CreateReaderClient().GetAsync(path);

        Assert.All([head, bot, preview, none, reader], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await SharesAsync(article.Id, ShareNetwork.Facebook));
    }

    [Theory]
    [InlineData("/s/ZZZZZZZZ")]
    [InlineData("/s/ZZZZZZZZ/facebook")]
    [InlineData("/s/ZZZZZZZZ/qr.svg")]
    [InlineData("/s/not-a-code")]
    [InlineData("/s/%D8%B9%D8%B1%D8%A8%D9%8A/facebook")]
    [InlineData("/s/")]
    [InlineData("/s//evil.example")]
    [InlineData("/s///evil.example")]
    public async Task UnknownCodesAreTheArabicNotFoundPage(string url)
    {
        using var response = await factory.CreateReaderClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await response.ParseAsync();
        Assert.Equal("الصفحة غير موجودة", document.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("twitter")]
    [InlineData("Facebook")]
    [InlineData("FACEBOOK")]
    [InlineData("facebook.com")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("https:%2F%2Fevil.example")]
    [InlineData("facebook/https:%2F%2Fevil.example")]
    [InlineData("facebook/extra")]
    public async Task UnknownNetworksAreNotFoundAndNeverRedirect(string network)
    {
        var article = await NewArticleAsync();

        using var response = await factory.CreateReaderClient().GetAsync($"/s/{article.ShortCode}/{network}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ShareCount).SingleAsync()) + Counter.PendingTotal(article.Id));
    }

    [Theory]
    [InlineData("?u=https://evil.example")]
    [InlineData("?url=https%3A%2F%2Fevil.example&redirect=https://evil.example&next=//evil.example")]
    [InlineData("?returnUrl=//evil.example")]
    [InlineData("/")]
    public async Task NothingInTheRequestCanChooseTheRedirectTarget(string suffix)
    {
        var article = await NewArticleAsync();
        var client = factory.CreateReaderClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{article.ShortCode}/facebook{suffix}");
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Referrer = new Uri("https://evil.example/");

        using var response = await client.SendAsync(request);

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal(Links.ShareUrl(article, ShareNetwork.Facebook), response.Headers.Location?.OriginalString);
            Assert.StartsWith("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2F", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain("evil", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortLinksOfUnpublishedArticlesAreNotFound()
    {
        var draft = await NewArticleAsync("مسودة لها رمز مختصر", a =>
        {
            a.Status = ArticleStatus.Draft;
            a.PublishedAtUtc = null;
        });

        using var share = await factory.CreateReaderClient().GetAsync($"/s/{draft.ShortCode}/x");
        using var link = await factory.CreateReaderClient().GetAsync($"/s/{draft.ShortCode}");

        Assert.Equal(HttpStatusCode.NotFound, share.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
    }

    [Fact]
    public async Task AnUnpublishedStorysShortLinkStopsAtOnceThoughItWasCached()
    {
        var (editor, _) = await factory.StaffAsync(NewsSite.Web.Accounts.Roles.Editor);
        var article = await NewArticleAsync("خبر يُلغى نشره بعد انتشار رابطه", a => a.Content = a.Content with { ImageAlt = "صحراء" });
        var reader = factory.CreateReaderClient();
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync($"/s/{article.ShortCode}")).StatusCode);   // now cached

        using var unpublished = await editor.SubmitAsync($"/Admin/Articles/Edit/{article.Id}", "#article-form", null, "Unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/s/{article.ShortCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/s/{article.ShortCode}/whatsapp")).StatusCode);
    }

    [Fact]
    public async Task FlushedSharesAreStoredPerNetworkAndAsTheArticleTotal()
    {
        var article = await NewArticleAsync();
        var client = factory.CreateReaderClient();
        foreach (var network in new[] { "whatsapp", "whatsapp", "x", "telegram", "whatsapp" })
        {
            (await client.GetAsync($"/s/{article.ShortCode}/{network}")).Dispose();
        }

        await FlushAsync();

        Assert.Equal(3, await StoredAsync(article.Id, ShareNetwork.WhatsApp));
        Assert.Equal(1, await StoredAsync(article.Id, ShareNetwork.X));
        Assert.Equal(1, await StoredAsync(article.Id, ShareNetwork.Telegram));
        Assert.Equal(5, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ShareCount).SingleAsync()));
        Assert.Equal(0, Counter.PendingTotal(article.Id));
    }

    [Fact]
    public async Task ArticlePageShowsTheTotalIncludingSharesNotYetFlushed()
    {
        var article = await NewArticleAsync();
        var client = factory.CreateReaderClient();
        (await client.GetAsync($"/s/{article.ShortCode}/facebook")).Dispose();
        await FlushAsync();
        (await client.GetAsync($"/s/{article.ShortCode}/linkedin")).Dispose();
        (await client.GetAsync($"/s/{article.ShortCode}/email")).Dispose();

        var document = await client.GetDocumentAsync(SiteUrls.Article(article.Id, article.Slug));

        // One stored, two still in the buffer.
        Assert.Equal("3 مشاركة", document.QuerySelector(".counter--shares")!.TextContent.Trim());
    }

    public static TheoryData<ShareNetwork> Networks() => [.. ShareNetworks.All];
}
