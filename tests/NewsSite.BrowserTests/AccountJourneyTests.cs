using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using NewsSite.Tests.Accounts;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

// Mail is written to a pickup folder, as in Development.
public sealed class MailKestrelNewsSiteFactory : KestrelNewsSiteFactory
{
    public string MailFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Mail:PickupFolder", MailFolder);
    }
}

// A writer who forgot their password sets a new one from the e-mail; another turns on two-step sign-in and signs in
// with the code their authenticator app shows.
[Collection(BrowserGroup.Name)]
public sealed partial class AccountJourneyTests(BrowserFixture browser, MailKestrelNewsSiteFactory site) : IClassFixture<MailKestrelNewsSiteFactory>
{
    [BrowserFact]
    public async Task AForgottenPasswordIsResetFromTheEmailInThePickupFolder()
    {
        var email = await site.CreateStaffAsync(Roles.Writer);
        await using var context = await browser.NewContextAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Admin/Login");

        await page.GetByRole(AriaRole.Link, new() { Name = "نسيت كلمة المرور؟" }).ClickAsync();
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "أرسل الرابط" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("أرسلنا إليه رابطاً");

        var mail = (await PickupMail.ArrivedAsync(site.MailFolder, email)).Single();
        var link = new Uri(Link().Match(mail.TextBody ?? "").Value);
        await page.GotoAsync(link.PathAndQuery);
        await page.GetByLabel("كلمة المرور الجديدة").FillAsync("Reset-Pass-97531");
        await page.GetByLabel("أعد كتابتها").FillAsync("Reset-Pass-97531");
        await page.GetByRole(AriaRole.Button, new() { Name = "تعيين كلمة المرور" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Login"));
        await Expect(page.Locator("p.notice")).ToContainTextAsync("عُيّنت كلمة المرور الجديدة");

        await context.ClearCookiesAsync();
        await context.SignInAsync(email, "Reset-Pass-97531");
    }

    [BrowserFact]
    public async Task TwoStepSignInIsTurnedOnAndUsedWithTheAuthenticatorsCode()
    {
        var email = await site.CreateStaffAsync(Roles.Editor);
        await using var context = await browser.NewContextAsync(site);
        var page = await context.SignInAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "حسابي", Level = 1 })).ToBeVisibleAsync();
        var key = await page.Locator(".shared-key").InnerTextAsync();
        await page.GetByLabel("الرمز من تطبيق المصادقة").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "تفعيل" }).ClickAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#two-factor")).ToContainTextAsync("مفعّل");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await Screenshots.SaveAsync(page, "account-two-factor");

        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Login"));
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(KestrelNewsSiteFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "التحقق بخطوتين", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("الرمز من تطبيق المصادقة، أو رمز استرداد").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "لوحة التحكم", Level = 1 })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Link();
}
