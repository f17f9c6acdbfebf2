using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Publishing;

// The live preview is checked as a save would be: it used to render any body, however long.
public sealed class EditorPreviewTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task ABodyOverTheLimitIsNotRenderedAndTheReasonIsShown()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var body = string.Concat(Enumerable.Repeat("كلمة **عريضة** ", 9000));   // 135,000 characters, over the 100,000 limit

        var preview = await PreviewAsync(editor, "عنوان للمعاينة", body);

        Assert.Null(preview.QuerySelector("article"));
        Assert.Contains("نص الخبر أطول من الحد المسموح", preview.QuerySelector(".preview__errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcceptableDraftRendersAndWhatASaveWouldRefuseIsListed()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        var preview = await PreviewAsync(editor, "", "فقرة **مهمة** مع صورة ![بكسل](https://tracker.example/p.gif)");

        Assert.Equal("مهمة", preview.QuerySelector("article .article__body strong")?.TextContent);
        Assert.Null(preview.QuerySelector("article .article__body img"));
        var errors = preview.QuerySelector(".preview__errors")!.TextContent;
        Assert.Contains("العنوان مطلوب", errors, StringComparison.Ordinal);
        Assert.Contains("صورة من موقع آخر", errors, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PreviewAsync(HttpClient editor, string title, string body)
    {
        var form = (IHtmlFormElement)(await editor.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("#article-form")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
            new("Input.Title", title),
            new("Input.BodyMarkdown", body),
            new("Input.SectionId", "1"),
            new("Input.AuthorId", "1"),
        };
        using var response = await editor.PostAsync("/Admin/Articles/Edit?handler=Preview", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ParseAsync();
    }
}
