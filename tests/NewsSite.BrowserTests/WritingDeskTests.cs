using System.Text.RegularExpressions;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

// The writing desk as a writer uses it: a story written with the toolbar only (heading, bold, a library picture with
// its caption, a YouTube embed), previewed, published, and the reader's facade that loads the player on click; the
// copy kept in the browser offered back after the tab is left.
[Collection(BrowserGroup.Name)]
public sealed class WritingDeskTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    [BrowserFact]
    public async Task AStoryWrittenWithTheToolbarOnlyWithALibraryPictureAndAnEmbedReachesReaders()
    {
        const string title = "ميناء جبل علي يستقبل أكبر سفينة حاويات";
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);
        await editor.GotoAsync("/Admin/Media");
        await editor.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "ميناء.png", MimeType = "image/png", Buffer = TestImages.Png() });
        await editor.GetByRole(AriaRole.Button, new() { Name = "رفع" }).ClickAsync();

        await editor.GotoAsync("/Admin/Articles/Edit");
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync(title);
        var body = editor.GetByLabel("نص الخبر (Markdown)");
        var toolbar = editor.GetByRole(AriaRole.Toolbar, new() { Name = "تنسيق نص الخبر" });
        await body.ClickAsync();
        await editor.Keyboard.TypeAsync("استقبل الميناء اليوم السفينة.");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.PressAsync("Enter");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "عنوان" }).ClickAsync();
        await editor.Keyboard.TypeAsync("تفاصيل الرحلة");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.TypeAsync("قال المدير إن الوصول ");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "عريض" }).ClickAsync();
        await editor.Keyboard.TypeAsync("تاريخي");   // replaces the selected placeholder
        await editor.Keyboard.PressAsync("End");
        await editor.Keyboard.TypeAsync(".");

        await toolbar.GetByRole(AriaRole.Button, new() { Name = "صورة" }).ClickAsync();
        var pictureDialog = editor.GetByRole(AriaRole.Dialog, new() { Name = "صورة في نص الخبر" });
        await pictureDialog.GetByLabel("وصف الصورة لمن لا يراها").FillAsync("سفينة حاويات عند الرصيف");
        await pictureDialog.GetByLabel("التعليق تحت الصورة (اختياري)").FillAsync("السفينة عند وصولها صباحاً");
        await pictureDialog.GetByRole(AriaRole.Button, new() { Name = "إدراج" }).ClickAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "تضمين" }).ClickAsync();
        var embedDialog = editor.GetByRole(AriaRole.Dialog, new() { Name = "تضمين منشور أو مقطع" });
        await embedDialog.GetByRole(AriaRole.Textbox).FillAsync("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        await embedDialog.GetByRole(AriaRole.Button, new() { Name = "إدراج" }).ClickAsync();

        var text = await body.InputValueAsync();
        Assert.Matches(new Regex(@"^استقبل الميناء اليوم السفينة\.\n\n## تفاصيل الرحلة\n\nقال المدير إن الوصول \*\*تاريخي\*\*\.\n\n!\[سفينة حاويات عند الرصيف\]\(/media/[0-9a-f]+\.jpg ""السفينة عند وصولها صباحاً""\)\n\nhttps://www\.youtube\.com/watch\?v=dQw4w9WgXcQ\n\n$"), text);
        await Expect(editor.Locator(".body-count")).ToContainTextAsync("كلمة");

        var preview = editor.Locator("#preview .article__body");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("تفاصيل الرحلة");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("تاريخي");
        await Expect(preview.Locator("figure.body-picture figcaption")).ToHaveTextAsync("السفينة عند وصولها صباحاً");
        await Expect(preview.Locator("figure.embed--youtube")).ToBeVisibleAsync();
        await editor.GetByLabel("القسم").SelectOptionAsync(new SelectOptionValue { Label = "اقتصاد" });
        await editor.GetByLabel("الكاتب", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Screenshots.SaveAsync(editor, "editor-toolbar");
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("نُشر الخبر.");

        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync(editor.Url.Replace("/Admin/Articles/Edit/", "/articles/", StringComparison.Ordinal));
        await reader.Locator(".article__body figure.body-picture picture img").AssertImageDecodedAsync();
        var facade = reader.Locator(".article__body figure.embed--youtube");
        await Expect(facade).ToContainTextAsync("يوتيوب");
        await Expect(reader.Locator("iframe")).ToHaveCountAsync(0);   // nothing from YouTube before the click
        await facade.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(facade.Locator("iframe")).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        await Expect(reader).ToHaveURLAsync(new Regex("/articles/\\d+"));   // stayed on the story
    }

    [BrowserFact]
    public async Task UnsavedTextIsKeptInTheBrowserAndOfferedBackAfterTheTabIsLeft()
    {
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Writer);
        var warned = false;
        editor.Dialog += async (_, dialog) =>
        {
            warned |= dialog.Type == "beforeunload";
            await dialog.AcceptAsync();
        };
        await editor.GotoAsync("/Admin/Articles/Edit");
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync("خبر لم يُحفظ بعد");
        await editor.GetByLabel("نص الخبر (Markdown)").ClickAsync();
        await editor.Keyboard.TypeAsync("فقرة كتبتها قبل أن يُغلق المتصفح.");
        await editor.WaitForTimeoutAsync(1200);   // the copy is written 0.8 s after the last keystroke

        await editor.GotoAsync("/Admin");
        await editor.GotoAsync("/Admin/Articles/Edit");
        var offer = editor.GetByRole(AriaRole.Alert).Filter(new() { HasText = "لم تُحفظ" });
        await Expect(offer).ToBeVisibleAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "استعادتها" }).ClickAsync();

        await Expect(editor.GetByLabel("العنوان", new() { Exact = true })).ToHaveValueAsync("خبر لم يُحفظ بعد");
        await Expect(editor.GetByLabel("نص الخبر (Markdown)")).ToHaveValueAsync("فقرة كتبتها قبل أن يُغلق المتصفح.");
        Assert.True(warned, "leaving with unsaved changes asks first");
    }

    [BrowserFact]
    public async Task APictureUploadedFromTheEditorJoinsTheOneBeforeItInAGallery()
    {
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);
        await editor.GotoAsync("/Admin/Articles/Edit");
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync("معرض صور من الميناء");
        var body = editor.GetByLabel("نص الخبر (Markdown)");
        await body.ClickAsync();
        await editor.Keyboard.TypeAsync("صور من الميناء.");
        var toolbar = editor.GetByRole(AriaRole.Toolbar, new() { Name = "تنسيق نص الخبر" });
        var dialog = editor.GetByRole(AriaRole.Dialog, new() { Name = "صورة في نص الخبر" });
        foreach (var (name, caption, gallery) in new[] { ("أول.png", "الرصيف", false), ("ثان.png", "الرافعات", true) })
        {
            await toolbar.GetByRole(AriaRole.Button, new() { Name = "صورة" }).ClickAsync();
            await dialog.GetByLabel("أو ارفع صورة من جهازك").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/png", Buffer = TestImages.Png(800 + name.Length, 450) });
            await dialog.GetByLabel("وصف الصورة لمن لا يراها").FillAsync(caption);
            await dialog.GetByLabel("التعليق تحت الصورة (اختياري)").FillAsync(caption);
            await dialog.GetByLabel("مصدر الصورة (اختياري)").FillAsync("وام");
            if (gallery)
            {
                await dialog.GetByLabel("أضفها إلى معرض مع الصورة التي قبلها").CheckAsync();
            }

            await dialog.GetByRole(AriaRole.Button, new() { Name = "إدراج" }).ClickAsync();
            await Expect(body).ToHaveValueAsync(new Regex(Regex.Escape(caption) + @"\|وام""\)"));
        }

        var items = editor.Locator("#preview .article__body figure.gallery figure.gallery__item");
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(1).Locator("figcaption")).ToContainTextAsync("الرافعات");
        await Expect(items.Nth(1).Locator(".credit")).ToHaveTextAsync("وام");
        await items.Nth(0).Locator("img").AssertImageDecodedAsync();
    }
}
