using System.Net;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Security;

public sealed class RedirectAndPagingTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    [Theory]
    [InlineData("/sections/world?page=999999999")]
    [InlineData("/tags/%D8%A7%D9%84%D8%AA%D9%83%D9%86%D9%88%D9%84%D9%88%D8%AC%D9%8A%D8%A7?page=2147483647")]
    [InlineData("/authors/yousef-alameri?page=999999999")]
    [InlineData("/search?q=%D8%AF%D8%A8%D9%8A&page=999999999")]
    [InlineData("/search?q=%D8%AF%D8%A8%D9%8A&page=2147483647")]
    public async Task DeepPagesAreNotFound(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeepPagesOfTheNewsroomListAreNotFound()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await editor.GetAsync("/Admin/Articles?page=999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // Signing in sends to a page of this site and nowhere else, whatever returnUrl says.
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData(" //evil.example")]
    [InlineData("/Admin/Articles")]
    public async Task SignInNeverRedirectsOffSite(string returnUrl)
    {
        var client = factory.CreateNonRedirectingClient();

        using var response = await client.SubmitAsync($"/Admin/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = NewsSiteFactory.AdminEmail,
            ["Input.Password"] = NewsSiteFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.True(location == "/Admin" || location == returnUrl, location);
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
    }

    // The canonical redirect and the short links build their target from the stored story, never from the request.
    [Fact]
    public async Task RedirectsCannotBeSteered()
    {
        var article = await factory.AddArticleAsync("خبر لا تُوجَّه روابطه", "نص");
        var client = factory.CreateNonRedirectingClient();

        using var slug = await client.GetAsync($"/articles/{article.Id}/wrong?next=https://evil.example&returnUrl=//evil.example");
        using var shortLink = await client.GetAsync($"/s/{article.ShortCode}?url=https://evil.example");

        Assert.Equal($"/articles/{article.Id}/{Uri.EscapeDataString(article.Slug)}", slug.Headers.Location!.OriginalString);
        Assert.StartsWith("https://news.example/articles/", shortLink.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
