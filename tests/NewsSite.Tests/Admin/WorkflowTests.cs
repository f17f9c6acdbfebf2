using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Tests.Admin;

public sealed class WorkflowTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private static Dictionary<string, string?> Story(string title, string body = "فقرة أولى من الخبر.\n\nفقرة ثانية **مهمة**.") => new()
    {
        ["Input.Title"] = title,
        ["Input.Standfirst"] = "موجز الخبر",
        ["Input.BodyMarkdown"] = body,
        ["Input.SectionId"] = "1",
        ["Input.AuthorId"] = "2",
        ["Input.Tags"] = "اختبار، وسم جديد تماماً",
        ["Input.ImagePath"] = "/img/seed/skyline.jpg",
        ["Input.ImageAlt"] = "أبراج المدينة عند الغروب",
        ["Input.ImageCaption"] = "أفق المدينة",
        ["Input.ImageCredit"] = "وكالات",
    };

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.LocationPath().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

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
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(ArticleLinks.Path(id, slug))).StatusCode);

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
        var page = await reader.GetDocumentAsync(ArticleLinks.Path(id, slug));
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

        using var old = await factory.CreateNonRedirectingClient().GetAsync(ArticleLinks.Path(id, oldSlug));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(ArticleLinks.Path(id, "رابط-جديد-للخبر"), old.LocationPath());
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

    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesGetsAConflictAndLosesNothing()
    {
        var (editorA, _) = await factory.StaffAsync(Roles.Editor);
        var (editorB, _) = await factory.StaffAsync(Roles.Editor);
        using var created = await editorA.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر يحرره اثنان"), "Save");
        var url = $"/Admin/Articles/Edit/{IdFrom(created)}";
        var formA = (AngleSharp.Html.Dom.IHtmlFormElement)(await editorA.GetDocumentAsync(url)).QuerySelector("#article-form")!;
        var formB = (AngleSharp.Html.Dom.IHtmlFormElement)(await editorB.GetDocumentAsync(url)).QuerySelector("#article-form")!;

        using var savedA = await editorA.SubmitAsync(formA, url, new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "نسخة المحرر الأول" }, "Save");
        using var savedB = await editorB.SubmitAsync(formB, url, new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "نسخة المحرر الثاني" }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, savedB.StatusCode);
        var page = await savedB.ParseAsync();
        Assert.Contains("عدّل شخص آخر هذا الخبر", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("نسخة المحرر الثاني", page.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent);
        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == IdFrom(created)).Select(a => a.BodyMarkdown).SingleAsync());
        Assert.Equal("نسخة المحرر الأول", stored);
    }

    [Fact]
    public async Task EverySaveStoresARevisionThatCanBeComparedAndRestored()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var created = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر بمراجعات", "الصيغة الأولى للنص."), "Save");
        var id = IdFrom(created);
        using var edited = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form",
            new Dictionary<string, string?> { ["Input.BodyMarkdown"] = "الصيغة الثانية للنص." }, "Save");

        var revisions = await editor.GetDocumentAsync($"/Admin/Articles/Revisions/{id}");
        Assert.Equal(2, revisions.QuerySelectorAll(".admin-table tbody tr").Length);
        Assert.Equal("الصيغة الثانية للنص.", revisions.QuerySelector(".diff ins")?.TextContent);
        Assert.Equal("الصيغة الأولى للنص.", revisions.QuerySelector(".diff del")?.TextContent);

        var oldest = (AngleSharp.Html.Dom.IHtmlFormElement)revisions.QuerySelectorAll(".admin-table tbody tr")[^1].QuerySelector("form")!;
        using var restored = await editor.SubmitAsync(oldest, $"/Admin/Articles/Revisions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var body = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync());
        Assert.Equal("الصيغة الأولى للنص.", body);
        Assert.Equal(3, await factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task DeletingIsSoftAndRemovesTheStoryFromReaders()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("خبر سيحذف"), "Publish");
        var id = IdFrom(published);
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        using var deleted = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(ArticleLinks.Path(id, slug))).StatusCode);
        var row = await factory.WithDbAsync(db => db.Articles.IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.NotNull(row.DeletedAtUtc);
    }

    [Fact]
    public async Task StaffPreviewADraftExactlyAsReadersWouldAndTheLivePreviewRendersMarkdown()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        using var saved = await writer.SubmitAsync("/Admin/Articles/Edit", "#article-form", Story("مسودة للمعاينة"), "Save");
        var id = IdFrom(saved);

        var preview = await writer.GetDocumentAsync($"/Admin/Articles/Preview/{id}");
        Assert.Equal("مسودة للمعاينة", preview.QuerySelector("h1.article__headline")?.TextContent);
        Assert.Equal("مهمة", preview.QuerySelector(".article__body strong")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateNonRedirectingClient().GetAsync($"/Admin/Articles/Preview/{id}")).StatusCode);

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await writer.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("#article-form")!;
        form.Action = "/Admin/Articles/Edit?handler=Preview";
        using var live = await writer.SubmitAsync(form, "/Admin/Articles/Edit?handler=Preview", new Dictionary<string, string?>
        {
            ["Input.Title"] = "عنوان المعاينة الحية",
            ["Input.BodyMarkdown"] = "## فرعي\n\n<script>x</script> نص",
        });
        var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await live.Content.ReadAsStringAsync());
        Assert.Equal("عنوان المعاينة الحية", fragment.QuerySelector("h1")?.TextContent);
        Assert.Equal("فرعي", fragment.QuerySelector(".article__body h2")?.TextContent);
        Assert.Empty(fragment.QuerySelectorAll("script"));
    }
}
