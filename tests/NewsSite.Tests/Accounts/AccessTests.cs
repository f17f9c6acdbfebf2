using Microsoft.EntityFrameworkCore;
using System.Net;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

public sealed class AccessTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    public static TheoryData<string> AdminRoutes =>
    [
        "/Admin", "/Admin/Articles", "/Admin/Articles/Edit", "/Admin/Articles/Edit/1", "/Admin/Articles/Preview/1",
        "/Admin/Articles/Revisions/1", "/Admin/Users", "/Admin/Sections", "/Admin/Audit",
    ];

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AnonymousVisitorsAreSentToSignIn(string route)
    {
        using var response = await factory.CreateNonRedirectingClient().GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Admin/Login", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousPostsAreRefused()
    {
        using var response = await factory.CreateNonRedirectingClient().PostAsync("/Admin/Articles/Edit?action=Publish",
            new FormUrlEncodedContent([new("Input.Title", "x")]));

        // Either sent to sign in or rejected outright; never processed.
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Admin/Login", response.LocationPath(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FormsWithoutAnAntiforgeryTokenAreRejected()
    {
        var (client, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await client.PostAsync("/Admin/Articles/Edit", new FormUrlEncodedContent([new("Input.Title", "بلا رمز"), new("action", "Save")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignInWorksAndAWrongPasswordGetsAnArabicMessage()
    {
        var client = factory.CreateNonRedirectingClient();
        using var wrong = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = NewsSiteFactory.AdminEmail,
            ["Input.Password"] = "not-the-password",
        });
        var page = await wrong.ParseAsync();
        Assert.Contains("تعذّر تسجيل الدخول", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(NewsSiteFactory.AdminEmail, page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));

        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var dashboard = await admin.GetDocumentAsync("/Admin");
        Assert.Equal("لوحة التحكم", dashboard.QuerySelector("h1")?.TextContent);
        Assert.NotNull(dashboard.QuerySelector("a[href='/Admin/Users']"));
    }

    [Fact]
    public async Task RepeatedFailuresLockTheAccountEvenAgainstTheRightPassword()
    {
        var (_, userId) = await factory.StaffAsync(Roles.Writer);
        var email = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == userId).Email!));
        var client = factory.CreateNonRedirectingClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "wrong-password-" + i,
            });
        }

        using var locked = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Staff-Pass-12345",
        });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync()));
        // The locked account gets the very message an unknown address gets: the page does not say which accounts exist.
        using var unknown = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = "nobody-" + Guid.NewGuid().ToString("N") + "@news.example",
            ["Input.Password"] = "Staff-Pass-12345",
        });
        Assert.Equal(
            (await unknown.ParseAsync()).QuerySelector(".form-errors")!.TextContent,
            (await locked.ParseAsync()).QuerySelector(".form-errors")!.TextContent);
    }

    [Theory]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Sections")]
    [InlineData("/Admin/Audit")]
    public async Task OnlyAdminsManageUsersSectionsAndTheAuditLog(string route)
    {
        var (writer, _) = await factory.StaffAsync(Roles.Writer);
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);

        using var writerResponse = await writer.GetAsync(route);
        using var editorResponse = await editor.GetAsync(route);
        using var adminResponse = await admin.GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, writerResponse.StatusCode);
        Assert.StartsWith("/Error/403", writerResponse.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, editorResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
    }

    [Fact]
    public async Task AnAdminCreatesAWriterAccount()
    {
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var email = $"new-writer-{Guid.NewGuid():N}@news.example";

        using var created = await admin.SubmitAsync("/Admin/Users", "form[action*='Create']", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "سارة الكاتبة",
            ["Input.Email"] = email,
            ["Input.Password"] = "Writer-Pass-12345",
            ["Input.Role"] = Roles.Writer,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var writer = await factory.SignInAsync(email, "Writer-Pass-12345");
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/Admin/Articles/Edit")).StatusCode);
    }

    // Preview and Revisions used to show any story to any staff member; Edit alone checked.
    [Fact]
    public async Task WritersSeeOnlyTheirOwnUnpublishedStories()
    {
        var (author, _) = await factory.StaffAsync(Roles.Writer);
        var (other, _) = await factory.StaffAsync(Roles.Writer);
        using var saved = await author.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "مسودة سرية لكاتب",
            ["Input.BodyMarkdown"] = "نص لم يُنشر",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
        }, "Save");
        var id = int.Parse(saved.LocationPath().Split("/")[^1], System.Globalization.CultureInfo.InvariantCulture);
        var revision = await factory.WithDbAsync(db => Task.FromResult(db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.Id).First()));

        foreach (var route in new[] { $"/Admin/Articles/Preview/{id}", $"/Admin/Articles/Revisions/{id}", $"/Admin/Articles/Edit/{id}" })
        {
            using var refused = await other.GetAsync(route);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.LocationPath().StartsWith("/Error/403", StringComparison.Ordinal), route);
            Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(route)).StatusCode);
        }

        var token = (await other.GetDocumentAsync("/Admin/Articles/Edit")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var restore = await other.PostAsync($"/Admin/Articles/Revisions/{id}?handler=Restore",
            new FormUrlEncodedContent([new("revisionId", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.StartsWith("/Error/403", restore.LocationPath(), StringComparison.Ordinal);
    }
}
