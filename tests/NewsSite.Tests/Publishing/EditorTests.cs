using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;
using static NewsSite.Tests.Publishing.EditorForm;

namespace NewsSite.Tests.Publishing;

public sealed class EditorTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task AWritersDraftGoesThroughReviewAndAnEditorPublishesIt()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var reader = factory.CreateNonRedirectingClient();

        using var saved = await writer.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("مسودة كاتب تمر بالمراجعة"), "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = IdFrom(saved);
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(SiteUrls.Article(id, slug))).StatusCode);

        // A writer is offered no publish button, and a forged one is refused.
        var writerForm = await writer.GetDocumentAsync($"/Admin/Articles/Edit/{id}");
        Assert.Null(writerForm.QuerySelector("button[value=Publish]"));
        using var forged = await writer.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", new Dictionary<string, string?> { ["action"] = "Publish" });
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.StartsWith("/Error/403", forged.LocationPath(), StringComparison.Ordinal);

        using var submitted = await writer.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "SubmitForReview");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var dashboard = await editor.GetDocumentAsync("/Admin");
        Assert.Contains(dashboard.QuerySelectorAll("#review-title ~ ol a"), a => a.TextContent == "مسودة كاتب تمر بالمراجعة");

        using var published = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var home = await reader.GetDocumentAsync("/");
        Assert.Equal("مسودة كاتب تمر بالمراجعة", home.QuerySelector(".lead .card__title")?.TextContent);
        var page = await reader.GetDocumentAsync(SiteUrls.Article(id, slug));
        Assert.Equal("مهمة", page.QuerySelector(".article__body strong")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".tags a"), a => a.TextContent == "وسم جديد تماماً");

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["create", "submit", "publish"], audit);
    }

    [Fact]
    public async Task AWriterCannotEditSomeoneElsesStory()
    {
        var (author, _) = await factory.StaffAsync(Roles.Writer);
        var (other, _) = await factory.StaffAsync(Roles.Writer);
        using var saved = await author.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("مسودة لا يحررها غير صاحبها"), "Save");
        var id = IdFrom(saved);

        using var response = await other.GetAsync($"/Admin/Articles/Edit/{id}");

        Assert.StartsWith("/Error/403", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputGetsArabicMessagesAndKeepsWhatWasTyped()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var body = "نص طويل كتبه المحرر ولا يجوز أن يضيع " + new string('ب', 50);
        var story = Story("", body);
        story["Input.SectionId"] = "9999";

        using var response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", story, "Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        var errors = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("العنوان مطلوب.", errors, StringComparison.Ordinal);
        Assert.Contains("القسم المختار غير موجود.", errors, StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent);
        Assert.Equal("أبراج المدينة عند الغروب", page.QuerySelector("input[name='Input.ImageAlt']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ABodyOverTheConfiguredSizeIsRefused()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر طويل جداً", new string('ن', 100_001)), "Save");

        var errors = (await response.ParseAsync()).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("نص الخبر أطول من الحد المسموح", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAPublishedSlugKeepsTheOldUrlWorking()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر سيتغير رابطه"), "Publish");
        var id = IdFrom(published);
        var oldSlug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        using var changed = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form",
            new Dictionary<string, string?> { ["Input.Slug"] = "رابط جديد للخبر" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        using var old = await factory.CreateNonRedirectingClient().GetAsync(SiteUrls.Article(id, oldSlug));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(SiteUrls.Article(id, "رابط-جديد-للخبر"), old.LocationPath());
    }

    [Fact]
    public async Task SlugsAreUniqueAcrossStories()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var first = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("عنوان مكرر تماماً"), "Save");
        using var second = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("عنوان مكرر تماماً"), "Save");

        var slugs = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == IdFrom(first) || a.Id == IdFrom(second)).Select(a => a.Slug).ToListAsync());

        Assert.Equal(2, slugs.Distinct().Count());
    }
}
