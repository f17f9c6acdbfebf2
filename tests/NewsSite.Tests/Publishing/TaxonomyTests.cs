using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

// Sections and tags as the newsroom manages them, through the admin forms.
public sealed class TaxonomyTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task ARenamedSectionKeepsItsOldAddressAndItsFeeds()
    {
        var admin = await AdminAsync();
        var (id, _) = await NewSectionAsync(admin, "قسم يتغير رابطه", "old-desk");
        var story = await factory.AddArticleAsync("خبر في قسم يتغير رابطه", "نص", a => a.SectionId = id);

        using var saved = await admin.SubmitAsync($"/Admin/Sections/Edit/{id}", "#section-form", new Dictionary<string, string?> { ["Input.Slug"] = "new-desk" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var reader = factory.CreateNonRedirectingClient();
        using var old = await reader.GetAsync("/sections/old-desk?page=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/sections/new-desk?page=1", old.Headers.Location!.OriginalString);
        Assert.Contains((await reader.GetDocumentAsync("/sections/new-desk")).QuerySelectorAll(".card__title a"), a => a.GetAttribute("href") == SiteUrls.Article(story));
    }

    [Fact]
    public async Task SectionsAreReorderedHiddenAndDeletedWithTheirStoriesMoved()
    {
        var admin = await AdminAsync();
        var (first, _) = await NewSectionAsync(admin, "قسم أول للترتيب", "order-a");
        var (second, _) = await NewSectionAsync(admin, "قسم ثان للترتيب", "order-b");
        await factory.AddArticleAsync("خبر في القسم الأول", "نص", a => a.SectionId = first);
        var moved = await factory.AddArticleAsync("خبر ينتقل مع حذف قسمه", "نص", a => a.SectionId = second);

        using var up = await admin.SubmitRowFormAsync("/Admin/Sections", "Move", second.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["step"] = "-1" });
        var nav = (await factory.CreateClient().GetDocumentAsync("/")).QuerySelectorAll(".sections-nav a").Select(a => a.TextContent).ToList();
        Assert.True(nav.IndexOf("قسم ثان للترتيب") < nav.IndexOf("قسم أول للترتيب"), string.Join(" | ", nav));

        using var hidden = await admin.SubmitAsync($"/Admin/Sections/Edit/{first}", "#section-form", new Dictionary<string, string?> { ["Input.IsHidden"] = "true" });
        var home = await factory.CreateClient().GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll(".sections-nav a"), a => a.TextContent == "قسم أول للترتيب");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/sections/order-a")).StatusCode);   // hidden, not gone

        using var deleted = await admin.SubmitRowFormAsync("/Admin/Sections", "Delete", second.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["moveTo"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(first, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == moved.Id).Select(a => a.SectionId).SingleAsync()));
        using var old = await factory.CreateNonRedirectingClient().GetAsync("/sections/order-b");
        Assert.Equal("/sections/order-a", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TagsAreRenamedMergedAndDeleted()
    {
        var (editor, _) = await factory.StaffAsync(NewsSite.Web.Accounts.Roles.Editor);
        var one = await TaggedAsync("خبر بوسم الكمأة", "الكمأة");
        var two = await TaggedAsync("خبر بوسم الفقع", "الفقع");
        var tagId = await TagIdAsync("الكمأة");

        using var renamed = await editor.SubmitRowFormAsync("/Admin/Tags?q=الكمأة", "Rename", tagId, new Dictionary<string, string?> { ["name"] = "كمأة الصحراء" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var newSlug = await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "كمأة الصحراء").Select(t => t.Slug).SingleAsync());
        using var old = await factory.CreateNonRedirectingClient().GetAsync(SiteUrls.Tag("الكمأة"));
        Assert.Equal(SiteUrls.Tag(newSlug), old.Headers.Location!.OriginalString);
        Assert.Contains("كمأة الصحراء", (await factory.CreateClient().GetDocumentAsync(SiteUrls.Article(one))).QuerySelector(".tags")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await SearchAsync("الصحراء"), r => r == one.Id);

        using var merged = await editor.SubmitRowFormAsync("/Admin/Tags?q=الفقع", "Merge", await TagIdAsync("الفقع"), new Dictionary<string, string?> { ["into"] = "كمأة الصحراء" });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(["كمأة الصحراء"], await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == two.Id).SelectMany(a => a.Tags).Select(t => t.Name).ToListAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == "الفقع")));

        using var gone = await editor.SubmitRowFormAsync("/Admin/Tags?q=الصحراء", "Delete", await TagIdAsync("كمأة الصحراء"));
        Assert.Empty(await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == one.Id || a.Id == two.Id).SelectMany(a => a.Tags).ToListAsync()));
        Assert.DoesNotContain(await SearchAsync("الصحراء"), r => r == one.Id);
    }

    private Task<HttpClient> AdminAsync() => factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);

    private async Task<(int Id, string Slug)> NewSectionAsync(HttpClient admin, string name, string slug)
    {
        using var created = await admin.SubmitAsync("/Admin/Sections/Edit", "#section-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            ["Input.Slug"] = slug,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (await factory.WithDbAsync(db => db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync()), slug);
    }

    private async Task<Article> TaggedAsync(string title, string tag) =>
        await factory.AddArticleAsync(title, "نص", a => a.Tags = [new Tag { Name = tag, Slug = NewsSite.Web.Publishing.SlugGenerator.FromTitle(tag) }]);

    private Task<string> TagIdAsync(string name) =>
        factory.WithDbAsync(async db => (await db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<List<int>> SearchAsync(string text)
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(text));
        return [.. page.QuerySelectorAll(".search-result__title a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture))];
    }
}
