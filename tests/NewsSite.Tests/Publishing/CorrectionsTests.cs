using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Publishing;

// Saving a published story: a minor fix leaves "آخر تحديث" alone, an update moves it, a correction also carries a
// dated note at the foot of the story and in the revision history.
public sealed class CorrectionsTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    [Fact]
    public async Task OnlyUpdatesAndCorrectionsMoveTheUpdateTimeAndACorrectionIsNotedForReaders()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story("حريق في مستودع بالمنطقة الصناعية"), "Publish");
        var id = EditorForm.IdFrom(published);
        var edit = $"/Admin/Articles/Edit/{id}";
        var firstPublished = factory.Clock.GetUtcNow();

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await SaveAsync(editor, edit, "Minor", "حريق في مستودع بالمنطقة الصناعية الثانية");
        var page = await ReadAsync(id);
        Assert.DoesNotContain("آخر تحديث", page.QuerySelector(".dateline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Iso(firstPublished), DateModified(page));
        Assert.Equal("حريق في مستودع بالمنطقة الصناعية الثانية", page.QuerySelector("h1")!.TextContent);   // the fix itself is live

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await SaveAsync(editor, edit, "Update", "السيطرة على حريق في مستودع بالمنطقة الصناعية الثانية");
        page = await ReadAsync(id);
        var updatedAt = factory.Clock.GetUtcNow();
        Assert.Contains("آخر تحديث", page.QuerySelector(".dateline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Iso(updatedAt), page.QuerySelector(".dateline__modified time")!.GetAttribute("datetime"));
        Assert.Equal(Iso(updatedAt), DateModified(page));
        Assert.Null(page.QuerySelector(".corrections"));

        // A correction without its note is refused, and nothing typed is lost.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        using var noNote = await editor.SubmitAsync(edit, "#article-form", new Dictionary<string, string?>
        {
            ["Input.ChangeKind"] = "Correction",
            ["Input.BodyMarkdown"] = "نص مصحح لم يُحفظ بعد.",
        }, "Publish");
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        var form = await Html.ParseAsync(noNote);
        Assert.Contains("اكتب نص التصحيح", form.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("نص مصحح لم يُحفظ بعد.", ((IHtmlTextAreaElement)form.QuerySelector("#Input_BodyMarkdown")!).Value);
        Assert.True(((IHtmlInputElement)form.QuerySelector("#change-correction")!).IsChecked);

        const string note = "ورد في نسخة سابقة من هذا الخبر أن الحريق أوقع إصابات، والصحيح أنه لم يسفر عن إصابات.";
        await SaveAsync(editor, edit, "Correction", "السيطرة على حريق في مستودع بالمنطقة الصناعية الثانية", note);
        var correctedAt = factory.Clock.GetUtcNow();
        page = await ReadAsync(id);
        var correction = page.QuerySelector(".corrections li")!;
        Assert.Contains(note, correction.TextContent, StringComparison.Ordinal);
        Assert.Equal(Iso(correctedAt), correction.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(Iso(correctedAt), DateModified(page));

        var history = await editor.GetDocumentAsync($"/Admin/Articles/Revisions/{id}");
        var kinds = history.QuerySelectorAll(".admin-table tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();
        Assert.StartsWith("تصحيح", kinds[0], StringComparison.Ordinal);
        Assert.Contains(note, kinds[0], StringComparison.Ordinal);
        Assert.StartsWith("تحديث", kinds[1], StringComparison.Ordinal);
        Assert.StartsWith("طفيف", kinds[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoryNotYetPublishedOffersNoChoiceOfKind()
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        var form = await writer.GetDocumentAsync("/Admin/Articles/Edit");
        Assert.Null(form.QuerySelector("input[name='Input.ChangeKind']"));
    }

    private static async Task SaveAsync(HttpClient editor, string edit, string kind, string title, string? note = null)
    {
        using var saved = await editor.SubmitAsync(edit, "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.ChangeKind"] = kind,
            ["Input.CorrectionNote"] = note,
        }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<IHtmlDocument> ReadAsync(int id) =>
        await factory.CreateClient().GetDocumentAsync($"/articles/{id.ToString(CultureInfo.InvariantCulture)}");

    private static string? DateModified(IHtmlDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.GetProperty("dateModified").GetString();
    }

    private static string Iso(DateTimeOffset utc) =>
        utc.ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
