using System.Text.RegularExpressions;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

// A production install: no sample content, only the first admin from configuration.
public sealed class EmptyKestrelNewsSiteFactory : KestrelNewsSiteFactory
{
    protected override bool SampleContent => false;
}

// Day one of a newsroom, clicked through as its people would: the admin sets up a section, an author and two staff
// accounts; a writer files a story with two bylines; an editor publishes it; readers find it.
[Collection(BrowserGroup.Name)]
public sealed class EmptyNewsroomJourneyTests(BrowserFixture browser, EmptyKestrelNewsSiteFactory site) : IClassFixture<EmptyKestrelNewsSiteFactory>
{
    private const string Title = "بورصة دبي تغلق على ارتفاع مدفوعة بأسهم البنوك";

    [BrowserFact]
    public async Task FromAnEmptyInstallTheFirstAdminSetsUpAndAWriterAndEditorPublishAStoryWithTwoBylines()
    {
        await using var adminContext = await browser.NewContextAsync(site);
        var admin = await adminContext.SignInAsync(KestrelNewsSiteFactory.AdminEmail, KestrelNewsSiteFactory.AdminPassword);
        var nav = admin.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" });

        await nav.GetByRole(AriaRole.Link, new() { Name = "الأقسام" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "قسم جديد" }).ClickAsync();
        await admin.GetByLabel("اسم القسم").FillAsync("الاقتصاد");
        await admin.GetByLabel("وصف القسم").FillAsync("أسواق الخليج وشركاته");
        await admin.GetByLabel("الرابط", new() { Exact = true }).FillAsync("economy");
        await admin.GetByRole(AriaRole.Button, new() { Name = "حفظ القسم" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("الاقتصاد");

        await nav.GetByRole(AriaRole.Link, new() { Name = "الكتّاب" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "ملف كاتب جديد" }).ClickAsync();
        await admin.GetByLabel("الاسم (كما يظهر في سطر الكاتب)").FillAsync("ليلى الحمادي");
        await admin.GetByLabel("الصفة").FillAsync("محررة الشؤون الاقتصادية");
        await admin.GetByRole(AriaRole.Button, new() { Name = "حفظ الملف" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("ليلى الحمادي");

        await CreateAccountAsync(admin, "سالم الكتبي", "salem@alofoq.example", "كاتب");
        await CreateAccountAsync(admin, "نورة المنصوري", "noura@alofoq.example", "محرر");
        await admin.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/Admin/Login"));

        await using var writerContext = await browser.NewContextAsync(site);
        var writer = await writerContext.SignInAsync("salem@alofoq.example", "Writer-Pass-2026");
        await writer.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "خبر جديد" }).ClickAsync();
        await Expect(writer.GetByLabel("الكاتب", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("سالم الكتبي");   // their own byline
        await writer.GetByLabel("العنوان", new() { Exact = true }).FillAsync(Title);
        await writer.GetByLabel("نص الخبر (Markdown)").FillAsync("أغلقت بورصة دبي على ارتفاع.\n\nوقال محللون إن أسهم البنوك قادت المكاسب.");
        await writer.GetByLabel("القسم").SelectOptionAsync(new SelectOptionValue { Label = "الاقتصاد" });
        await writer.GetByLabel("كاتب مشارك 1").SelectOptionAsync(new SelectOptionValue { Label = "ليلى الحمادي" });
        await writer.GetByLabel("المصدر بجانب اسم الكاتب (اختياري)").FillAsync("دبي - الأفق");
        await Expect(writer.Locator("#preview .byline")).ToContainTextAsync("سالم الكتبي وليلى الحمادي");
        await writer.GetByRole(AriaRole.Button, new() { Name = "إرسال للمراجعة" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Status)).ToHaveTextAsync("أُرسل الخبر إلى المراجعة.");

        await using var editorContext = await browser.NewContextAsync(site);
        var editor = await editorContext.SignInAsync("noura@alofoq.example", "Editor-Pass-2026");
        await editor.GetByRole(AriaRole.Region, new() { Name = "بانتظار المراجعة" }).GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("نُشر الخبر.");

        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        await Expect(reader.Locator(".lead .card__title")).ToHaveTextAsync(Title);
        await reader.GetByRole(AriaRole.Navigation, new() { Name = "الأقسام" }).GetByRole(AriaRole.Link, new() { Name = "الاقتصاد" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "الاقتصاد", Level = 1 })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = Title }).First.ClickAsync();
        await Expect(reader.Locator(".byline")).ToHaveTextAsync("بقلم سالم الكتبي وليلى الحمادي — دبي - الأفق");
        foreach (var name in new[] { "ليلى الحمادي", "سالم الكتبي" })
        {
            await reader.Locator(".byline").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
            await Expect(reader.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(1);
            await reader.GoBackAsync();
        }

        foreach (var feed in new[] { "/rss.xml", "/atom.xml", "/sections/economy/rss.xml", "/sitemaps/news.xml" })
        {
            var response = await readers.APIRequest.GetAsync(feed);
            Assert.True(response.Ok, $"{feed}: {response.Status}");
            Assert.Contains(Title, await response.TextAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task CreateAccountAsync(IPage admin, string name, string email, string role)
    {
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "المستخدمون" }).ClickAsync();
        var form = admin.Locator("form[action*='handler=Create']");
        await form.GetByLabel("الاسم").FillAsync(name);
        await form.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await form.GetByLabel("كلمة المرور").FillAsync(role == "كاتب" ? "Writer-Pass-2026" : "Editor-Pass-2026");
        await form.GetByLabel("الدور").SelectOptionAsync(new SelectOptionValue { Label = role });
        await form.GetByRole(AriaRole.Button, new() { Name = "إنشاء الحساب" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync(name);
    }
}

// The editors' daily tools on the sample newsroom: the home page's lead, the "عاجل" banner, live coverage.
[Collection(BrowserGroup.Name)]
public sealed class NewsroomDeskJourneyTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    [BrowserFact]
    public async Task AnEditorPicksTheHomePageLeadAndReordersIt()
    {
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);
        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        var newestLead = await reader.Locator(".lead .card__title").TextContentAsync();

        await editor.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "الواجهات" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "واجهة الصفحة الرئيسية", Level = 1 })).ToBeVisibleAsync();
        var add = editor.GetByLabel("أضف خبراً إلى الواجهة");
        var options = await add.Locator("option").AllTextContentsAsync();
        var (first, second) = (options[^1].Trim(), options[^2].Trim());   // two older stories, not what leads today
        await add.SelectOptionAsync(new SelectOptionValue { Label = first });
        await editor.GetByRole(AriaRole.Button, new() { Name = "أضف", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("حُفظت واجهة الصفحة الرئيسية.");
        await add.SelectOptionAsync(new SelectOptionValue { Label = second });
        await editor.GetByRole(AriaRole.Button, new() { Name = "أضف", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".front-slot").First).ToContainTextAsync(first);

        await reader.ReloadAsync();
        await Expect(reader.Locator(".lead .card__title")).ToHaveTextAsync(first);
        await Expect(reader.GetByRole(AriaRole.Region, new() { Name = "أبرز الأخبار" }).Locator(".card__title").First).ToHaveTextAsync(second);

        await editor.GetByRole(AriaRole.Button, new() { Name = $"ارفع «{second}» خانة" }).ClickAsync();
        await Expect(editor.Locator(".front-slot").First).ToContainTextAsync(second);
        await reader.ReloadAsync();
        await Expect(reader.Locator(".lead .card__title")).ToHaveTextAsync(second);
        await Screenshots.SaveAsync(reader, "home-curated-1440");

        await editor.GetByRole(AriaRole.Button, new() { Name = $"أزل «{second}» من الواجهة" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = $"أزل «{first}» من الواجهة" }).ClickAsync();
        await Expect(editor.Locator(".front-slot")).ToHaveCountAsync(0);
        await reader.ReloadAsync();
        await Expect(reader.Locator(".lead .card__title")).ToHaveTextAsync(newestLead!);
    }

    [BrowserFact]
    public async Task AnEditorSwitchesTheBreakingBannerOnAndOffAndReadersSeeItAtOnce()
    {
        const string headline = "زلزال بقوة 5 درجات يضرب جنوب إيران ويشعر به سكان الإمارات";
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);
        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        await Expect(reader.GetByRole(AriaRole.Region, new() { Name = "خبر عاجل" })).ToHaveCountAsync(0);

        await editor.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "عاجل" }).ClickAsync();
        await editor.GetByLabel("العنوان العاجل").FillAsync(headline);
        await editor.GetByLabel("الرابط (اختياري)").FillAsync("/sections/world");
        await editor.GetByLabel("مدة الظهور").SelectOptionAsync(new SelectOptionValue { Label = "ساعتان" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "تشغيل الشريط" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("شريط «عاجل» يظهر الآن على كل صفحات الموقع.");

        await reader.ReloadAsync();
        var banner = reader.GetByRole(AriaRole.Region, new() { Name = "خبر عاجل" });
        await Expect(banner).ToContainTextAsync(headline);
        await Screenshots.SaveAsync(reader, "home-breaking-1440");
        await reader.SetViewportSizeAsync(390, 844);
        await reader.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(reader, "home-breaking-390");
        await reader.SetViewportSizeAsync(1440, 900);
        await banner.GetByRole(AriaRole.Link, new() { Name = headline }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/sections/world$"));
        await Expect(reader.GetByRole(AriaRole.Region, new() { Name = "خبر عاجل" })).ToContainTextAsync(headline);   // on every page

        await editor.GetByRole(AriaRole.Button, new() { Name = "إيقاف الشريط" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("أُوقف شريط «عاجل».");
        await reader.ReloadAsync();
        await Expect(reader.GetByRole(AriaRole.Region, new() { Name = "خبر عاجل" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task ALiveUpdateAppearsOnAReadersOpenPageWithoutReloading()
    {
        const string title = "مباشر: الأمطار الغزيرة تغلق طرقاً في الإمارات الشمالية";
        await using var newsroom = await browser.NewContextAsync(site);
        var editor = await newsroom.SignInAsync(site, Roles.Editor);
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "لوحة التحرير" }).GetByRole(AriaRole.Link, new() { Name = "خبر جديد" }).ClickAsync();
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync(title);
        await editor.GetByLabel("نص الخبر (Markdown)").FillAsync("تتابع «الأفق» تطورات الحالة الجوية لحظة بلحظة.");
        await editor.GetByLabel("القسم").SelectOptionAsync(new SelectOptionValue { Label = "أخبار العالم" });
        await editor.GetByLabel("الكاتب", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await editor.Locator("#Input_IsLive").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر الآن" }).ClickAsync();
        await Expect(editor.Locator("p.notice")).ToHaveTextAsync("نُشر الخبر.");
        await PostAsync(editor, "أغلقت الشرطة طريق **الشارقة - الذيد** حتى إشعار آخر.");

        await using var readers = await browser.NewContextAsync(site);
        var reader = await readers.NewPageAsync();
        await reader.GotoAsync("/");
        var card = reader.Locator(".card", new() { Has = reader.GetByRole(AriaRole.Link, new() { Name = title }) }).First;
        await Expect(card.Locator(".live-badge")).ToHaveTextAsync("مباشر");
        await card.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var updates = reader.Locator(".live__updates .live-update");
        await Expect(updates).ToHaveCountAsync(1);
        await reader.EvaluateAsync("window.stillTheSamePage = true");

        await PostAsync(editor, "الأرصاد: الأمطار تستمر حتى مساء الغد.");

        await Expect(updates).ToHaveCountAsync(2);
        await Expect(updates.First).ToContainTextAsync("الأرصاد: الأمطار تستمر حتى مساء الغد.");
        Assert.True(await reader.EvaluateAsync<bool>("window.stillTheSamePage === true"));   // no reload
        await Expect(reader.GetByRole(AriaRole.Status).Filter(new() { HasText = "تحديث جديد" })).ToHaveCountAsync(1);
        var anchor = await updates.First.GetAttributeAsync("id");
        await updates.First.GetByRole(AriaRole.Link, new() { Name = "رابط هذا التحديث" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex($"#{anchor}$"));
        await Screenshots.SaveAsync(reader, "live-story-1440");
        await reader.SetViewportSizeAsync(390, 844);
        await reader.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(reader, "live-story-390");
    }

    private static async Task PostAsync(IPage editor, string text)
    {
        await editor.GetByLabel("نص التحديث (Markdown)").FillAsync(text);
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر التحديث" }).ClickAsync();
        await Expect(editor.Locator("p.notice")).ToHaveTextAsync("نُشر التحديث في التغطية المباشرة.");   // the preview has a status line too
    }
}
