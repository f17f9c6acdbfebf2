using NewsSite.Tests.Publishing;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Data;

// The navigation's sections are kept in memory: what the site's own forms change is there on the next page (see
// TaxonomyTests); what another process writes to the database arrives within a minute.
public sealed class SiteSectionsTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    [Fact]
    public async Task ASectionAddedOutsideTheSiteReachesItsNavigationWithinAMinute()
    {
        // A signed-in editor's pages are never cached, so they show the navigation as the site knows it now.
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        Assert.DoesNotContain("قسم من عملية أخرى", await NavAsync(admin));

        // A WordPress import or generated stories, run as another process: nothing tells this site.
        await factory.WithDbAsync(db =>
        {
            db.Sections.Add(new Section { Name = "قسم من عملية أخرى", Slug = "from-elsewhere", DisplayOrder = 90 });
            return db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Contains("قسم من عملية أخرى", await NavAsync(admin));
    }

    private static async Task<List<string>> NavAsync(HttpClient client) =>
        [.. (await client.GetDocumentAsync("/")).QuerySelectorAll(".sections-nav a").Select(a => a.TextContent.Trim())];
}
