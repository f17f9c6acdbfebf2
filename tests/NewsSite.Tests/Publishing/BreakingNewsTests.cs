using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

// The "عاجل" banner, switched on and off through /Admin/Breaking.
public sealed class BreakingNewsTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    [Fact]
    public async Task TheBannerIsOnEveryReaderPageAtOnceAndLeavesWhenItExpiresOrIsSwitchedOff()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var story = await factory.AddArticleAsync("انقطاع واسع للكهرباء في ثلاث إمارات", "نص", a => a.Tags = [new Tag { Name = "الكهرباء", Slug = "electricity-breaking" }]);
        var section = await factory.WithDbAsync(db => db.Sections.Where(s => s.Id == story.SectionId).Select(s => s.Slug).SingleAsync());
        string[] readerPages = ["/", SiteUrls.Article(story), SiteUrls.Section(section), SiteUrls.Tag("electricity-breaking"), SiteUrls.SearchResults("الكهرباء")];

        using var on = await editor.SubmitAsync("/Admin/Breaking", "#breaking-form", new Dictionary<string, string?>
        {
            ["Input.Headline"] = "عاجل: انقطاع الكهرباء في ثلاث إمارات",
            ["Input.Link"] = SiteUrls.Article(story),
            ["Input.Minutes"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        foreach (var page in readerPages)
        {
            var banner = (await ReadAsync(page)).QuerySelector(".breaking");
            Assert.True(banner is not null, $"no banner on {page}");
            Assert.Equal("عاجل", banner.QuerySelector(".breaking__label")!.TextContent);
            Assert.Equal(SiteUrls.Article(story), banner.QuerySelector("a.breaking__headline")!.GetAttribute("href"));
        }

        Assert.Null((await editor.GetDocumentAsync("/Admin")).QuerySelector(".breaking"));   // the newsroom's own pages stay clear
        Assert.Contains("يظهر الآن", (await editor.GetDocumentAsync("/Admin/Breaking")).QuerySelector(".breaking-status")!.TextContent, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null((await ReadAsync("/")).QuerySelector(".breaking"));
        Assert.Null((await editor.GetDocumentAsync("/Admin/Breaking")).QuerySelector(".breaking-status"));

        using var untilOff = await editor.SubmitAsync("/Admin/Breaking", "#breaking-form", new Dictionary<string, string?>
        {
            ["Input.Headline"] = "الدفاع المدني يدعو إلى تجنب الطرق الساحلية",
            ["Input.Link"] = "",
            ["Input.Minutes"] = "0",
        });
        factory.Clock.Advance(TimeSpan.FromHours(3));   // long past the first banner's half hour
        var plain = (await ReadAsync("/")).QuerySelector(".breaking__headline")!;
        Assert.Equal("span", plain.LocalName);   // no link asked for, none given
        Assert.Equal("الدفاع المدني يدعو إلى تجنب الطرق الساحلية", plain.TextContent);

        using var off = await editor.SubmitAsync("/Admin/Breaking", "form[action*='handler=Off']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Null((await ReadAsync("/")).QuerySelector(".breaking"));   // at once: the banner's cache is cleared on save
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "breaking-on")));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "الرابط صفحة من الموقع")]
    [InlineData("//evil.example/", "الرابط صفحة من الموقع")]
    [InlineData("http://plain.example/", "الرابط صفحة من الموقع")]
    public async Task AnUnsafeLinkIsRefusedInArabicAndTheHeadlineIsKept(string link, string error)
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await editor.SubmitAsync("/Admin/Breaking", "#breaking-form", new Dictionary<string, string?>
        {
            ["Input.Headline"] = "عنوان عاجل لا يضيع",
            ["Input.Link"] = link,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(error, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("عنوان عاجل لا يضيع", page.QuerySelector("#Input_Headline")!.GetAttribute("value"));
        Assert.DoesNotContain("عنوان عاجل لا يضيع", (await ReadAsync("/")).QuerySelector(".breaking")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritersCannotSwitchTheBannerOn()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        using var page = await writer.GetAsync("/Admin/Breaking");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Error/403", page.LocationPath(), StringComparison.Ordinal);
    }

    private async Task<IDocument> ReadAsync(string path) => await factory.CreateClient().GetDocumentAsync(path);
}
