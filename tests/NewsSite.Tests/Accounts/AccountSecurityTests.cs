using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Accounts;

// Mail goes to a pickup folder the tests read, as it does in Development.
public sealed class MailFactory : NewsSiteFactory
{
    public string MailFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Mail:PickupFolder", MailFolder);
        builder.UseSetting("NewsSite:Mail:From", "غرفة الأخبار <newsroom@news.example>");
    }
}

// Staff accounts looking after themselves: a forgotten password reset by e-mail, a password changed, sign-in in two
// steps with an authenticator app and recovery codes, required by administrators, and the sessions a person can end.
public sealed partial class AccountSecurityTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private const string Password = "Staff-Pass-12345";

    private async Task<(string Email, string UserId)> StaffAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@news.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "سارة" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return (email, user.Id);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<bool> SignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/Admin");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private MimeMessage[] MailTo(string email) => PickupMail.To(factory.MailFolder, email);

    private Task<MimeMessage[]> MailToAsync(string email) => PickupMail.ArrivedAsync(factory.MailFolder, email);

    [Fact]
    public async Task AForgottenPasswordIsResetFromTheLinkInTheEmailOnce()
    {
        var (email, _) = await StaffAsync(Roles.Writer);
        var stranger = factory.CreateNonRedirectingClient();

        var asked = await (await stranger.SubmitAsync("/Admin/ForgotPassword", "#forgot-form", new Dictionary<string, string?> { ["Email"] = email })).ParseAsync();
        var unknown = await (await stranger.SubmitAsync("/Admin/ForgotPassword", "#forgot-form", new Dictionary<string, string?> { ["Email"] = "nobody@news.example" })).ParseAsync();

        Assert.Equal(asked.QuerySelector(".notice")!.TextContent, unknown.QuerySelector(".notice")!.TextContent);   // tells nobody who has an account
        var mail = Assert.Single(await MailToAsync(email));   // sent after the answer, by the outbox
        Assert.Empty(MailTo("nobody@news.example"));
        Assert.Equal("تعيين كلمة مرور جديدة", mail.Subject);
        var link = LinkPattern().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith("https://news.example/Admin/ResetPassword?", link, StringComparison.Ordinal);

        var path = new Uri(link).PathAndQuery;
        using var reset = await stranger.SubmitAsync(path, "#reset-form", new Dictionary<string, string?> { ["Password"] = "New-Pass-67890", ["Confirm"] = "New-Pass-67890" });
        Assert.Equal("/Admin/Login", reset.LocationPath());
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(factory.CreateNonRedirectingClient(), email, "New-Pass-67890")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(factory.CreateNonRedirectingClient(), email, Password)).StatusCode);   // the old one no longer

        var again = await (await stranger.SubmitAsync(path, "#reset-form", new Dictionary<string, string?> { ["Password"] = "Other-Pass-13579", ["Confirm"] = "Other-Pass-13579" })).ParseAsync();
        Assert.Contains("لم يعد صالحاً", again.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOneAndSignsOutTheOtherBrowsers()
    {
        var (email, _) = await StaffAsync(Roles.Editor);
        var laptop = factory.CreateNonRedirectingClient();
        var phone = factory.CreateNonRedirectingClient();
        await SignInAsync(laptop, email, Password);
        await SignInAsync(phone, email, Password);

        var wrong = await (await laptop.SubmitAsync("/Admin/Account", "#password-form", new Dictionary<string, string?>
        {
            ["Password.Current"] = "not-my-password",
            ["Password.New"] = "Changed-Pass-2468",
            ["Password.Confirm"] = "Changed-Pass-2468",
        })).ParseAsync();
        Assert.Contains("كلمة المرور الحالية غير صحيحة", wrong.QuerySelector("[data-valmsg-for='Password.Current']")!.TextContent, StringComparison.Ordinal);

        using var changed = await laptop.SubmitAsync("/Admin/Account", "#password-form", new Dictionary<string, string?>
        {
            ["Password.Current"] = Password,
            ["Password.New"] = "Changed-Pass-2468",
            ["Password.Confirm"] = "Changed-Pass-2468",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await SignedInAsync(laptop));
        Assert.False(await SignedInAsync(phone));
        Assert.Single((await laptop.GetDocumentAsync("/Admin/Account")).QuerySelectorAll("#sessions tbody tr"));   // this browser's session goes on
    }

    [Fact]
    public async Task TwoStepSignInWithAnAuthenticatorCodeAndARecoveryCode()
    {
        var (email, _) = await StaffAsync(Roles.Writer);
        var browser = factory.CreateNonRedirectingClient();
        await SignInAsync(browser, email, Password);
        var account = await browser.GetDocumentAsync("/Admin/Account");
        var key = account.QuerySelector(".shared-key")!.TextContent;
        Assert.NotNull(account.QuerySelector(".qr svg"));

        var refused = await (await browser.SubmitAsync("/Admin/Account", "#two-factor-form", new Dictionary<string, string?> { ["Code.Value"] = "000000" })).ParseAsync();
        Assert.Contains("الرمز غير صحيح", refused.QuerySelector("[data-valmsg-for='Code.Value']")!.TextContent, StringComparison.Ordinal);
        using var enabled = await browser.SubmitAsync("/Admin/Account", "#two-factor-form", new Dictionary<string, string?> { ["Code.Value"] = Totp.Code(key) });
        var shown = await browser.GetDocumentAsync("/Admin/Account");
        var codes = shown.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("مفعّل", shown.QuerySelector("#two-factor")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await browser.GetDocumentAsync("/Admin/Account")).QuerySelectorAll(".recovery-codes code"));   // shown once
        using var noPassword = await browser.SubmitAsync("/Admin/Account?handler=RecoveryCodes", "#two-factor-manage-form", new Dictionary<string, string?> { ["ConfirmPassword"] = "wrong" });
        Assert.Empty((await browser.GetDocumentAsync("/Admin/Account")).QuerySelectorAll(".recovery-codes code"));   // new codes need the password
        using var withPassword = await browser.SubmitAsync("/Admin/Account?handler=RecoveryCodes", "#two-factor-manage-form", new Dictionary<string, string?> { ["ConfirmPassword"] = Password });
        var fresh = (await browser.GetDocumentAsync("/Admin/Account")).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, fresh.Count);
        codes = fresh;   // the first ones no longer work

        // Signing in now takes a second step.
        var next = factory.CreateNonRedirectingClient();
        using var first = await SignInAsync(next, email, Password);
        Assert.StartsWith("/Admin/LoginWith2fa", first.LocationPath(), StringComparison.Ordinal);
        Assert.False(await SignedInAsync(next));
        var wrongCode = await (await next.SubmitAsync(first.LocationPath(), "#two-factor-login-form", new Dictionary<string, string?> { ["Code"] = "123456" })).ParseAsync();
        Assert.Contains("الرمز غير صحيح", wrongCode.QuerySelector("[data-valmsg-for='Code']")!.TextContent, StringComparison.Ordinal);
        using var second = await next.SubmitAsync(first.LocationPath(), "#two-factor-login-form", new Dictionary<string, string?> { ["Code"] = Totp.Code(key) });
        Assert.Equal("/Admin", second.LocationPath());
        Assert.True(await SignedInAsync(next));

        // A recovery code works once.
        var lostPhone = factory.CreateNonRedirectingClient();
        using var step = await SignInAsync(lostPhone, email, Password);
        using var recovered = await lostPhone.SubmitAsync(step.LocationPath(), "#two-factor-login-form", new Dictionary<string, string?> { ["Code"] = codes[0] });
        Assert.True(await SignedInAsync(lostPhone));
        var reuse = factory.CreateNonRedirectingClient();
        using var step2 = await SignInAsync(reuse, email, Password);
        using var reused = await reuse.SubmitAsync(step2.LocationPath(), "#two-factor-login-form", new Dictionary<string, string?> { ["Code"] = codes[0] });
        Assert.False(await SignedInAsync(reuse));
    }

    [Fact]
    public async Task AdministratorsCanRequireTwoStepsOfEditorsAndAdministrators()
    {
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var (editorEmail, _) = await StaffAsync(Roles.Editor);
        var (writerEmail, _) = await StaffAsync(Roles.Writer);
        try
        {
            using var required = await admin.SubmitAsync("/Admin/Users", "#two-factor-policy-form");
            var editor = factory.CreateNonRedirectingClient();
            await SignInAsync(editor, editorEmail, Password);
            var writer = factory.CreateNonRedirectingClient();
            await SignInAsync(writer, writerEmail, Password);

            using var blocked = await editor.GetAsync("/Admin/Articles");
            Assert.Equal("/Admin/Account", blocked.LocationPath().Split('?')[0]);
            var page = await editor.GetDocumentAsync("/Admin/Account?required=1");
            Assert.Contains("يشترط مدير الموقع", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            using var writerPage = await writer.GetAsync("/Admin/Articles");
            Assert.Equal(HttpStatusCode.OK, writerPage.StatusCode);   // writers choose for themselves

            var key = page.QuerySelector(".shared-key")!.TextContent;
            using var on = await editor.SubmitAsync("/Admin/Account", "#two-factor-form", new Dictionary<string, string?> { ["Code.Value"] = Totp.Code(key) });
            using var allowed = await editor.GetAsync("/Admin/Articles");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Null((await editor.GetDocumentAsync("/Admin/Account")).QuerySelector("button[formaction*='handler=DisableTwoFactor']"));   // cannot turn it off
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TwoFactorPolicy>().SetRequiredAsync(false, CancellationToken.None);
        }
    }

    [Fact]
    public async Task EachSignedInBrowserIsListedAndCanBeSignedOutOneByOneOrAllAtOnce()
    {
        var (email, _) = await StaffAsync(Roles.Writer);
        var laptop = factory.CreateNonRedirectingClient();
        laptop.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
        var phone = factory.CreateNonRedirectingClient();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1");
        var tablet = factory.CreateNonRedirectingClient();
        await SignInAsync(laptop, email, Password);
        await SignInAsync(phone, email, Password);
        await SignInAsync(tablet, email, Password);

        var account = await laptop.GetDocumentAsync("/Admin/Account");
        var rows = account.QuerySelectorAll("#sessions tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("Chrome — Linux", StringComparison.Ordinal) && r.TextContent.Contains("هذا الجهاز", StringComparison.Ordinal));
        var phoneRow = rows.Single(r => r.TextContent.Contains("Safari — iOS", StringComparison.Ordinal));

        using var ended = await laptop.SubmitRowFormAsync("/Admin/Account", "EndSession", phoneRow.QuerySelector("input[name=id]")!.GetAttribute("value")!);
        Assert.False(await SignedInAsync(phone));
        Assert.True(await SignedInAsync(tablet));
        Assert.Equal(2, (await laptop.GetDocumentAsync("/Admin/Account")).QuerySelectorAll("#sessions tbody tr").Length);

        using var signedOut = await tablet.SubmitAsync("/Admin", "#logout-form");   // signing out ends that session
        Assert.Single((await laptop.GetDocumentAsync("/Admin/Account")).QuerySelectorAll("#sessions tbody tr"));

        using var everywhere = await laptop.SubmitAsync("/Admin/Account", "#everywhere-form");
        Assert.Equal("/Admin/Login", everywhere.LocationPath());
        Assert.False(await SignedInAsync(laptop));
        Assert.False(await SignedInAsync(tablet));
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkPattern();
}
