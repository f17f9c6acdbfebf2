using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

// The editors' fronts: lead and order chosen through /Admin/Fronts, expiry, and the newest filling what is left.
public sealed class FrontsTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    [Fact]
    public async Task EditorsChooseTheHomeLeadAndOrderAndAnExpiredChoiceGivesWayToTheNewest()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        // Older than anything else, so only the editors' choice can put them on the front.
        var older = await factory.AddArticleAsync("خبر قديم يختاره المحررون للواجهة", "نص", a => a.PublishedAtUtc = new DateTime(2020, 1, 2, 8, 0, 0, DateTimeKind.Utc));
        var second = await factory.AddArticleAsync("خبر ثان يختاره المحررون للواجهة", "نص", a => a.PublishedAtUtc = new DateTime(2020, 1, 1, 8, 0, 0, DateTimeKind.Utc));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(editor, "/Admin/Fronts", older.Id)).StatusCode);
        var home = await HomeAsync();
        Assert.Equal(SiteUrls.Article(older), LeadHref(home));
        Assert.Equal(4, TopHrefs(home).Count);   // the newest fill the four slots beside it

        await AddAsync(editor, "/Admin/Fronts", second.Id);
        Assert.Equal(SiteUrls.Article(second), TopHrefs(await HomeAsync())[0]);

        using var up = await editor.SubmitAsync("/Admin/Fronts", "#front-form", null, "up:1");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        home = await HomeAsync();
        Assert.Equal(SiteUrls.Article(second), LeadHref(home));
        Assert.Equal(SiteUrls.Article(older), TopHrefs(home)[0]);
        Assert.DoesNotContain(home.QuerySelectorAll(".latest-list a"), a => a.GetAttribute("href") == SiteUrls.Article(second));   // never twice

        // The lead leaves in two hours, as the editor set it in the newsroom's time.
        var leaves = factory.Clock.GetUtcNow().AddHours(2).ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        using var saved = await editor.SubmitAsync("/Admin/Fronts", "#front-form", new Dictionary<string, string?> { ["Slots[0].Expires"] = leaves }, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(SiteUrls.Article(second), LeadHref(await HomeAsync()));
        Assert.Equal(leaves, (await editor.GetDocumentAsync("/Admin/Fronts")).QuerySelector("#expires-0")!.GetAttribute("value"));

        factory.Clock.Advance(TimeSpan.FromHours(3));
        home = await HomeAsync();
        Assert.Equal(SiteUrls.Article(older), LeadHref(home));
        Assert.DoesNotContain(TopHrefs(home), href => href == SiteUrls.Article(second));

        using var removed = await editor.SubmitAsync("/Admin/Fronts", "#front-form", null, "remove:1");
        using var removedToo = await editor.SubmitAsync("/Admin/Fronts", "#front-form", null, "remove:0");
        var newest = await factory.WithDbAsync(db => db.Articles.Published().Latest().Select(a => new { a.Id, a.Slug }).FirstAsync());
        Assert.Equal(SiteUrls.Article(newest.Id, newest.Slug), LeadHref(await HomeAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.FrontSlots.CountAsync(f => f.SectionId == null)));
    }

    [Fact]
    public async Task AStoryThatIsNotPublishedIsRefusedInArabicAndTheFrontIsKept()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var draft = await factory.AddArticleAsync("مسودة لا تصلح للواجهة", "نص", a => a.Status = ArticleStatus.Draft);
        var before = await factory.WithDbAsync(db => db.FrontSlots.Where(f => f.SectionId == null).Select(f => f.ArticleId).ToListAsync());

        using var response = await AddAsync(editor, "/Admin/Fronts", draft.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("غير منشور أو غير موجود", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.FrontSlots.Where(f => f.SectionId == null).Select(f => f.ArticleId).ToListAsync()));
    }

    [Fact]
    public async Task ASectionFrontLeadsItsFirstPageOnlyAndIsNotRepeatedBelow()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var section = await factory.WithDbAsync(db => db.Sections.OrderBy(s => s.Id).Skip(1).FirstAsync());
        var chosen = await factory.AddArticleAsync("تحليل قديم يتصدر قسمه", "نص", a =>
        {
            a.SectionId = section.Id;
            a.PublishedAtUtc = new DateTime(2020, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        });
        for (var i = 0; i < 10; i++)   // enough newer stories for a second page
        {
            await factory.AddArticleAsync($"خبر أحدث في القسم رقم {i}", "نص", a => a.SectionId = section.Id);
        }

        var elsewhere = await factory.WithDbAsync(db => db.Sections.Where(s => s.Id != section.Id).Select(s => s.Id).FirstAsync());
        var other = await factory.AddArticleAsync("خبر في قسم آخر لا يدخل واجهة القسم", "نص", a => a.SectionId = elsewhere);

        var form = await editor.GetDocumentAsync($"/Admin/Fronts?section={section.Id}");
        Assert.DoesNotContain(form.QuerySelectorAll("#add-story option"), o => o.GetAttribute("value") == other.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(editor, $"/Admin/Fronts?section={section.Id}", chosen.Id)).StatusCode);

        var reader = factory.CreateClient();
        var first = await reader.GetDocumentAsync(SiteUrls.Section(section.Slug));
        Assert.Equal(SiteUrls.Article(chosen), first.QuerySelector(".section-front .lead .card__title a")?.GetAttribute("href"));
        Assert.Single(first.QuerySelectorAll(".card__title a"), a => a.GetAttribute("href") == SiteUrls.Article(chosen));
        Assert.Null((await reader.GetDocumentAsync(SiteUrls.Paged(SiteUrls.Section(section.Slug), 2))).QuerySelector(".section-front"));
        Assert.NotEqual(SiteUrls.Article(chosen), LeadHref(await HomeAsync()));   // the home page has its own front
    }

    // A slot requires its story, and a deleted story is filtered out of every query: read through the story, the slot
    // is hidden with it (readers' front, the editors' list), and the editors' next save drops it.
    [Fact]
    public async Task ADeletedStoryLeavesTheFrontAndTheNextSaveDropsItsSlot()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var chosen = await factory.AddArticleAsync("خبر على الواجهة ثم يحذف", "نص", a => a.PublishedAtUtc = new DateTime(2020, 1, 3, 8, 0, 0, DateTimeKind.Utc));
        await AddAsync(editor, "/Admin/Fronts", chosen.Id);
        Assert.Equal(SiteUrls.Article(chosen), LeadHref(await HomeAsync()));

        Assert.True((await factory.DeleteArticleAsync(chosen.Id)).Succeeded);

        var home = await HomeAsync();
        Assert.NotNull(LeadHref(home));
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == SiteUrls.Article(chosen));
        var fronts = await editor.GetDocumentAsync("/Admin/Fronts");
        Assert.DoesNotContain("خبر على الواجهة ثم يحذف", fronts.QuerySelector("#front-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([chosen.Id], await factory.WithDbAsync(db => db.FrontSlots.Where(f => f.SectionId == null).Select(f => f.ArticleId).ToListAsync()));

        using var saved = await editor.SubmitAsync("/Admin/Fronts", "#front-form", null, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.FrontSlots.Where(f => f.SectionId == null).ToListAsync()));
    }

    [Fact]
    public async Task TheHomePageSectionBlocksFollowTheNavigationOrder()
    {
        var home = await HomeAsync();
        var nav = home.QuerySelectorAll(".sections-nav a").Select(a => a.GetAttribute("href")).ToList();
        var blocks = home.QuerySelectorAll("section[aria-labelledby^='section-'] h2 a:first-child").Select(a => a.GetAttribute("href")).ToList();

        Assert.NotEmpty(blocks);
        Assert.Equal(nav.Where(blocks.Contains), blocks);
    }

    private async Task<IDocument> HomeAsync() => await factory.CreateClient().GetDocumentAsync("/");

    private static Task<HttpResponseMessage> AddAsync(HttpClient editor, string page, int articleId) =>
        editor.SubmitAsync(page, "#front-form", new Dictionary<string, string?> { ["addId"] = articleId.ToString(CultureInfo.InvariantCulture) }, "add");

    private static string? LeadHref(IDocument home) => home.QuerySelector(".lead .card__title a")?.GetAttribute("href");

    private static List<string?> TopHrefs(IDocument home) =>
        [.. home.QuerySelectorAll("section[aria-labelledby='top-title'] .card__title a").Select(a => a.GetAttribute("href"))];
}
