using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Pages;

public sealed class ListingPageTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task HomeShowsTheSeedStoryAsLeadAndABlockPerSection()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("ar", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        Assert.Equal("بوتين وكيم جونغ أون يوقعان اتفاق شراكة استراتيجية", document.QuerySelector(".lead .card__title")?.TextContent);
        var sections = await factory.WithDbAsync(db => db.Sections.CountAsync());
        Assert.True(sections >= 6);
        Assert.Equal(sections, document.QuerySelectorAll("main section[aria-labelledby^=section-]").Length);
        Assert.Equal(sections + 1, document.QuerySelectorAll(".sections-nav a").Length);
        Assert.Equal(8, document.QuerySelectorAll(".latest-list li").Length);
    }

    [Fact]
    public async Task SectionPagesArePagedAndEveryPageHasOnlyThatSection()
    {
        var client = factory.CreateClient();
        var first = await client.GetDocumentAsync("/sections/world");
        Assert.Equal("أخبار العالم", first.QuerySelector("h1")?.TextContent);
        var firstTitles = first.QuerySelectorAll(".card__title").Select(e => e.TextContent).ToList();
        Assert.NotEmpty(firstTitles);
        Assert.All(first.QuerySelectorAll(".card__kicker"), k => Assert.Equal("أخبار العالم", k.TextContent));

        // Enough stories for three pages of ten; older than the seed, so the home page keeps its lead.
        var worldId = await factory.WithDbAsync(db => db.Sections.Where(s => s.Slug == "world").Select(s => s.Id).SingleAsync());
        for (var i = 0; i < 25; i++)
        {
            await factory.AddArticleAsync($"خبر عالمي إضافي رقم {i}", "نص", a =>
            {
                a.SectionId = worldId;
                a.PublishedAtUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i);
            });
        }

        var page2 = await client.GetDocumentAsync("/sections/world?page=2");
        Assert.Equal(10, page2.QuerySelectorAll(".card").Length);
        Assert.NotNull(page2.QuerySelector(".pager a[rel=prev]"));
        Assert.NotNull(page2.QuerySelector(".pager a[rel=next]"));
        var page1 = await client.GetDocumentAsync("/sections/world?page=1");
        Assert.Empty(page1.QuerySelectorAll(".card__title").Select(e => e.TextContent)
            .Intersect(page2.QuerySelectorAll(".card__title").Select(e => e.TextContent)));
    }

    [Theory]
    [InlineData("/sections/world?page=abc")]
    [InlineData("/sections/world?page=0")]
    [InlineData("/sections/world?page=-2")]
    [InlineData("/sections/world?page=9999")]
    [InlineData("/sections/world?page=1.5")]
    [InlineData("/sections/world?page=99999999999999")]
    [InlineData("/sections/no-such-section")]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/authors/no-such-author")]
    [InlineData("/tags/%D8%AF%D8%A8%D9%8A?page=x")]
    public async Task BadPagesAndUnknownListingsAreNotFoundNeverServerErrors(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await response.ParseAsync();
        Assert.Equal("الصفحة غير موجودة", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TagPageListsTheStoriesWithThatTag()
    {
        var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "دبي").Select(t => new { t.Slug, Count = t.Articles.Count }).SingleAsync());

        var document = await factory.CreateClient().GetDocumentAsync(SiteUrls.Tag(tag.Slug));

        Assert.Contains("دبي", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Math.Min(tag.Count, 10), document.QuerySelectorAll(".card").Length);
    }

    [Fact]
    public async Task AuthorPageShowsBioAndTheirStories()
    {
        var author = await factory.WithDbAsync(db => db.Authors.Where(a => a.Slug == "omar-alhaddad").Select(a => new { a.Name, a.Bio }).SingleAsync());

        var document = await factory.CreateClient().GetDocumentAsync("/authors/omar-alhaddad");

        Assert.Equal(author.Name, document.QuerySelector("h1")?.TextContent);
        Assert.Contains(author.Bio, document.QuerySelector(".listing-header")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".card"));
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/fonts/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2")]
    public async Task StaticFilesFromTheRootWwwrootAreServedWithABody(string url, string contentType)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }
}
