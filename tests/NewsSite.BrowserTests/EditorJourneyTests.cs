using System.Text.RegularExpressions;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    private static async Task WriteStoryAsync(IPage page, string title, string body)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "خبر جديد" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "خبر جديد", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("نص الخبر (Markdown)").FillAsync(body);
        await page.GetByLabel("القسم").SelectOptionAsync(new SelectOptionValue { Label = "أخبار العالم" });
        await page.GetByLabel("الكاتب", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }

    [BrowserFact]
    public async Task AnEditorWritesUploadsAPicturePublishesAndCorrectsAStoryThatReadersSeeAtOnce()
    {
        const string title = "محرر ينشر خبراً من المتصفح";
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);

        var previewPosts = new List<byte[]>();
        editor.Request += (_, request) =>
        {
            if (request.Url.Contains("handler=Preview", StringComparison.Ordinal) && request.PostDataBuffer is { } body)
            {
                previewPosts.Add(body);
            }
        };
        await WriteStoryAsync(editor, title, "فقرة أولى من الخبر.\n\n## عنوان فرعي في المعاينة\n\nفقرة ثانية قبل التصحيح.");
        var preview = editor.Locator("#preview");
        await Expect(preview.Locator("h1")).ToHaveTextAsync(title);
        await Expect(preview.Locator(".article__body h2")).ToHaveTextAsync("عنوان فرعي في المعاينة");
        await editor.GetByLabel("أو ارفع صورة جديدة").SetInputFilesAsync(new FilePayload
        {
            Name = "ميناء.png",
            MimeType = "image/png",
            Buffer = TestImages.Png(),
        });
        await editor.GetByLabel("النص البديل للصورة").FillAsync("دائرة ذهبية ومستطيل أبيض على خلفية خضراء");
        await Expect(preview.Locator(".figure, .article__headline").First).ToBeVisibleAsync();
        await editor.WaitForTimeoutAsync(800);   // the debounced preview after the last keystroke
        // The live preview posts the text only: never the picture chosen for upload.
        Assert.NotEmpty(previewPosts);
        Assert.DoesNotContain(previewPosts, body => System.Text.Encoding.UTF8.GetString(body).Contains("filename=", StringComparison.Ordinal));
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" }).ClickAsync();

        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("نُشر الخبر.");
        await Expect(editor).ToHaveURLAsync(new Regex("/Admin/Articles/Edit/\\d+$"));

        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await Expect(reader.Locator("h1.article__headline")).ToHaveTextAsync(title);
        var picture = reader.Locator(".article .figure img");
        await picture.AssertImageDecodedAsync();
        Assert.StartsWith("/media/", new Uri(await picture.EvaluateAsync<string>("img => img.currentSrc")).AbsolutePath, StringComparison.Ordinal);
        await Expect(reader.Locator(".article__body")).ToContainTextAsync("فقرة ثانية قبل التصحيح.");

        await editor.GetByLabel("نص الخبر (Markdown)").FillAsync("فقرة أولى من الخبر.\n\n## عنوان فرعي في المعاينة\n\nفقرة ثانية بعد التصحيح.");
        await Expect(preview.Locator(".article__body")).ToContainTextAsync("بعد التصحيح");
        await editor.GetByRole(AriaRole.Button, new() { Name = "حفظ ونشر التعديل" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("نُشر الخبر.");

        await reader.ReloadAsync();
        await Expect(reader.Locator(".article__body")).ToContainTextAsync("فقرة ثانية بعد التصحيح.");
        await Expect(reader.Locator(".article__body")).Not.ToContainTextAsync("قبل التصحيح");
    }

    [BrowserFact]
    public async Task AWriterHasNoPublishButtonSubmitsForReviewAndAnEditorPublishes()
    {
        const string title = "كاتب يرسل خبره إلى المراجعة";
        await using var writerContext = await browser.NewContextAsync(site);
        var writer = await writerContext.SignInAsync(site, Roles.Writer);

        await WriteStoryAsync(writer, title, "خبر كتبه كاتب وينتظر موافقة المحرر.");
        await Expect(writer.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" })).ToHaveCountAsync(0);
        await Expect(writer.GetByRole(AriaRole.Button, new() { Name = "جدولة" })).ToHaveCountAsync(0);
        await writer.GetByRole(AriaRole.Button, new() { Name = "إرسال للمراجعة" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Status)).ToHaveTextAsync("أُرسل الخبر إلى المراجعة.");
        await Expect(writer.Locator(".admin-header .status")).ToHaveTextAsync("قيد المراجعة");
        await Expect(writer.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" })).ToHaveCountAsync(0);

        await using var editorContext = await browser.NewContextAsync(site);
        var editor = await editorContext.SignInAsync(site, Roles.Editor);
        await editor.GetByRole(AriaRole.Region, new() { Name = "بانتظار المراجعة" }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("نُشر الخبر.");

        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await Expect(reader.Locator("h1.article__headline")).ToHaveTextAsync(title);
    }
}
