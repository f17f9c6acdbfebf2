using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

// Sessions check their security stamp on every request here (the site checks every minute), so a change made by an
// admin is seen on the very next request.
public sealed class ImmediateStampFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
    }
}

public sealed class AccountLifecycleTests(ImmediateStampFactory factory) : IClassFixture<ImmediateStampFactory>
{
    [Fact]
    public void OpenSessionsRecheckTheirAccountEveryMinute()
    {
        using var site = new NewsSiteFactory();

        Assert.Equal(TimeSpan.FromMinutes(1), site.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    [Fact]
    public async Task ADemotedEditorLosesTheirSessionAtOnce()
    {
        var (editor, editorId) = await factory.StaffAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Admin")).StatusCode);
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);

        using var changed = await admin.SubmitRowFormAsync("/Admin/Users", "Role", editorId,
            new Dictionary<string, string?> { ["role"] = Roles.Writer });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var next = await editor.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Admin/Login", next.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledAccountIsSignedOutAndCannotSignInUntilEnabled()
    {
        var (writer, writerId) = await factory.StaffAsync(Roles.Writer);
        var email = (await factory.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<NewsSite.Web.Models.AppUser>>()
            .FindByIdAsync(writerId))!.Email!;
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);

        using var disabled = await admin.SubmitRowFormAsync("/Admin/Users", "Disable", writerId);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var users = await admin.GetDocumentAsync("/Admin/Users");
        Assert.Contains("عُطّل الحساب", users.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);

        using var next = await writer.GetAsync("/Admin");
        Assert.StartsWith("/Admin/Login", next.LocationPath(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync(email, "Staff-Pass-12345"));

        using var enabled = await admin.SubmitRowFormAsync("/Admin/Users", "Enable", writerId);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var again = await factory.SignInAsync(email, "Staff-Pass-12345");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task NobodyDisablesThemselvesAndTheLastAdminStays()
    {
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var adminId = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == NewsSiteFactory.AdminEmail).Id));
        var page = await admin.GetDocumentAsync("/Admin/Users");
        Assert.DoesNotContain(page.QuerySelectorAll("form[action*='handler=Disable'] input[type=hidden]"), i => i.GetAttribute("value") == adminId);   // no button for oneself

        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var forged = await admin.PostAsync("/Admin/Users?handler=Disable",
            new FormUrlEncodedContent([new("userId", adminId), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("لا يمكنك تعطيل حسابك", (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);

        using var demoted = await admin.SubmitRowFormAsync("/Admin/Users", "Role", adminId,
            new Dictionary<string, string?> { ["role"] = Roles.Editor });
        Assert.Contains("بلا مدير فعّال", (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }
}
