using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Pages;

// Every listing (section, tag, author, search) says where it lives and how it looks when shared, as articles do.
public sealed class ListingHeadTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    public static TheoryData<string> Listings => ["section", "tag", "author", "search"];

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task AListingHasItsCanonicalAddressAndOpenGraph(string kind)
    {
        var (path, name) = await ListingAsync(kind);

        var page = await factory.CreateClient().GetDocumentAsync(path);

        var canonical = "https://news.example" + path;
        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal("ar_AR", Meta(page, "og:locale"));
        Assert.StartsWith(name, Meta(page, "og:title"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.StartsWith("https://news.example/", Meta(page, "og:image"), StringComparison.Ordinal);   // a picture from the listing's stories
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Single(page.QuerySelectorAll("link[rel=canonical]"));
    }

    [Fact]
    public async Task ALaterPageIsItsOwnCanonicalAndASectionDescribesItself()
    {
        var section = await factory.WithDbAsync(db => db.Sections.OrderBy(s => s.Id).FirstAsync());
        for (var i = 0; i < 11; i++)   // enough for a second page
        {
            await factory.AddArticleAsync($"خبر يملأ الصفحة الثانية رقم {i}", "نص", a => a.SectionId = section.Id);
        }

        var path = SiteUrls.Paged(SiteUrls.Section(section.Slug), 2);

        var page = await factory.CreateClient().GetDocumentAsync(path);

        Assert.Equal("https://news.example" + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(string.IsNullOrEmpty(section.Description) ? $"آخر أخبار {section.Name} من الأفق" : section.Description, Meta(page, "og:description"));
    }

    private async Task<(string Path, string Name)> ListingAsync(string kind)
    {
        switch (kind)
        {
            case "section":
                var section = await factory.WithDbAsync(db => db.Sections.OrderBy(s => s.Id).FirstAsync());
                return (SiteUrls.Section(section.Slug), section.Name);
            case "tag":
                var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Articles.Any(a => a.Content.ImagePath != null)).OrderBy(t => t.Id).FirstAsync());
                return (SiteUrls.Tag(tag.Slug), tag.Name);
            case "author":
                var author = await factory.WithDbAsync(db => db.Authors.OrderBy(a => a.Id).FirstAsync());
                return (SiteUrls.Author(author.Slug), author.Name);
            default:
                return (SiteUrls.SearchResults("الإمارات"), "نتائج البحث عن «الإمارات»");
        }
    }

    private static string? Meta(IDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
