using System.Net;
using AngleSharp.Html.Dom;

namespace NewsSite.Tests.Accounts;

public sealed class SignOutTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    // The form exactly as the admin layout renders it: it used to post to a literal action with no antiforgery token,
    // answer 400 and leave the session signed in.
    [Fact]
    public async Task TheSignOutButtonEndsTheSessionAndShowsSignIn()
    {
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var dashboard = await admin.GetDocumentAsync("/Admin");
        var form = (IHtmlFormElement)dashboard.QuerySelector("#logout-form")!;
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Contains(form.QuerySelectorAll("button"), b => b.TextContent.Trim() == "تسجيل الخروج");

        using var signedOut = await admin.SubmitAsync(form, "/Admin");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/Admin/Login", signedOut.LocationPath());
        var login = await admin.GetDocumentAsync("/Admin/Login");
        Assert.Contains("سُجّل خروجك", login.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        using var after = await admin.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Admin/Login", after.LocationPath(), StringComparison.Ordinal);
    }
}
