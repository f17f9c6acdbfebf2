using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Security;

// Every endpoint in the app's own route table has a decision here; a new endpoint without one fails the sweep. Each is
// then requested as an anonymous visitor, a Writer, an Editor and an Admin.
public sealed class AuthorizationSweepTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private enum Access
    {
        Public,   // anyone
        Staff,    // any signed-in role; anonymous visitors are sent to sign in
        Story,    // one story: editors and admins; a writer only their own (the sample story is not theirs: 403)
        Editors,  // editors and admins; writers get 403
        Admin,    // admins only; other staff get 403
    }

    private static readonly Dictionary<string, Access> Decisions = new(StringComparer.Ordinal)
    {
        [""] = Access.Public,
        ["Index"] = Access.Public,
        ["articles/{id:int}/{slug?}"] = Access.Public,
        ["articles/{id:int}/live"] = Access.Public,
        ["/articles/{id:int}/views"] = Access.Public,   // the view beacon (POST)
        ["sections/{slug}"] = Access.Public,
        ["tags/{slug}"] = Access.Public,
        ["authors/{slug}"] = Access.Public,
        ["search"] = Access.Public,
        ["/search/suggest"] = Access.Public,
        ["Error/{code:int?}"] = Access.Public,
        ["/rss.xml"] = Access.Public,
        ["/atom.xml"] = Access.Public,
        ["/sections/{slug}/rss.xml"] = Access.Public,
        ["/sections/{slug}/atom.xml"] = Access.Public,
        ["/sitemap.xml"] = Access.Public,
        ["/sitemaps/pages.xml"] = Access.Public,
        ["/sitemaps/news.xml"] = Access.Public,
        ["/sitemaps/articles-{page:int}.xml"] = Access.Public,
        ["/robots.txt"] = Access.Public,
        ["/health/live"] = Access.Public,
        ["/health/ready"] = Access.Public,
        ["/s/{code}"] = Access.Public,
        ["/s/{code}/qr.svg"] = Access.Public,
        ["/s/{code}/{network}"] = Access.Public,
        ["/api/articles/{id:int}/share"] = Access.Public,
        ["/api/v1/stories"] = Access.Public,   // the content API: stories not yet published need a partner's key, not a role
        ["/api/v1/stories/{id:int}"] = Access.Public,
        ["/api/v1/sections"] = Access.Public,
        ["/api/v1/tags"] = Access.Public,
        ["/api/v1/authors"] = Access.Public,
        ["/api/v1/search"] = Access.Public,
        ["/api/{documentName}/openapi.json"] = Access.Public,
        ["api"] = Access.Public,   // the API's reference page
        ["/img/social/{id:int}.jpg"] = Access.Public,
        ["/img/social/{id:int}/{name}.jpg"] = Access.Public,
        ["{**path:file}"] = Access.Public,   // static files not known at build time
        ["{**path:nonfile}"] = Access.Public,   // old WordPress addresses: a redirect or 404
        ["Admin/Login"] = Access.Public,
        ["Admin/LoginWith2fa"] = Access.Public,
        ["Admin/ForgotPassword"] = Access.Public,
        ["Admin/ResetPassword"] = Access.Public,
        ["Admin/Account"] = Access.Staff,
        ["Admin/Account/Index"] = Access.Staff,
        ["Admin"] = Access.Staff,
        ["Admin/Index"] = Access.Staff,
        ["Admin/Logout"] = Access.Staff,
        ["Admin/Articles"] = Access.Staff,
        ["Admin/Articles/Index"] = Access.Staff,
        ["Admin/Articles/Edit/{id:int?}"] = Access.Story,
        ["Admin/Articles/Preview/{id:int}"] = Access.Story,
        ["Admin/Articles/Revisions/{id:int}"] = Access.Story,
        ["Admin/Media"] = Access.Staff,
        ["Admin/Media/Index"] = Access.Staff,
        ["Admin/Users"] = Access.Admin,
        ["Admin/Users/Index"] = Access.Admin,
        ["Admin/Sections"] = Access.Admin,
        ["Admin/Sections/Index"] = Access.Admin,
        ["Admin/Sections/Edit/{id:int?}"] = Access.Admin,
        ["Admin/Authors"] = Access.Editors,
        ["Admin/Authors/Index"] = Access.Editors,
        ["Admin/Authors/Edit/{id:int?}"] = Access.Editors,
        ["Admin/Tags"] = Access.Editors,
        ["Admin/Fronts"] = Access.Editors,
        ["Admin/Fronts/Index"] = Access.Editors,
        ["Admin/Breaking"] = Access.Editors,
        ["Admin/Breaking/Index"] = Access.Editors,
        ["Admin/Tags/Index"] = Access.Editors,
        ["Admin/Audit"] = Access.Admin,
        ["Admin/Webhooks"] = Access.Admin,
        ["Admin/Webhooks/Index"] = Access.Admin,
    };

    [Fact]
    public void EveryEndpointHasADecision()
    {
        var undecided = Patterns().Where(p => !Decisions.ContainsKey(p)).ToList();

        Assert.True(undecided.Count == 0, "endpoints without an access decision: " + string.Join(", ", undecided));
    }

    [Fact]
    public async Task EachRoleGetsWhatTheDecisionSays()
    {
        var sample = await SampleValuesAsync();
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = factory.CreateNonRedirectingClient(),
            [Roles.Writer] = (await factory.StaffAsync(Roles.Writer)).Client,
            [Roles.Editor] = (await factory.StaffAsync(Roles.Editor)).Client,
            [Roles.Admin] = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword),
        };
        var failures = new List<string>();
        foreach (var pattern in Patterns().Where(p => p != "{**path:file}"))
        {
            var url = "/" + sample.Where(v => v.Key.Contains('/', StringComparison.Ordinal))   // whole patterns first, then parameters
                .Concat(sample.Where(v => !v.Key.Contains('/', StringComparison.Ordinal)))
                .Aggregate(pattern.TrimStart('/'), (path, value) => path.Replace(value.Key, value.Value, StringComparison.Ordinal));
            foreach (var (role, client) in clients)
            {
                using var response = await client.GetAsync(url);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location is null ? "" : response.LocationPath();
                var signIn = status == 302 && location.StartsWith("/Admin/Login", StringComparison.Ordinal);
                var forbidden = status == 302 && location.StartsWith("/Error/403", StringComparison.Ordinal);
                var expected = (Decisions[pattern], role) switch
                {
                    (Access.Public, _) => !signIn && !forbidden && status < 500,
                    (_, "anonymous") => signIn,
                    (Access.Staff, _) => status is 200 or 302 && !signIn && !forbidden,
                    (Access.Story, Roles.Writer) => forbidden,
                    (Access.Story, _) => status == 200,
                    (Access.Editors, Roles.Writer) => forbidden,
                    (Access.Editors, _) => status == 200,
                    (Access.Admin, Roles.Admin) => status == 200,
                    (Access.Admin, _) => forbidden,
                    _ => false,
                };
                if (!expected)
                {
                    failures.Add($"{role} GET {url}: {status} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Anonymous posts to the newsroom never do anything: sent to sign in, or refused for want of a token.
    [Fact]
    public async Task AnonymousPostsToTheNewsroomDoNothing()
    {
        var client = factory.CreateNonRedirectingClient();
        foreach (var pattern in Patterns().Where(p => Decisions.TryGetValue(p, out var a) && a != Access.Public))
        {
            var url = "/" + pattern.Replace("{id:int?}", "1", StringComparison.Ordinal).Replace("{id:int}", "1", StringComparison.Ordinal);
            using var response = await client.PostAsync(url + "?handler=Restore", new FormUrlEncodedContent([new("revisionId", "1"), new("userId", "x")]));
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && response.LocationPath().StartsWith("/Admin/Login", StringComparison.Ordinal)),
                $"POST {url}: {(int)response.StatusCode}");
        }
    }

    private List<string> Patterns()
    {
        _ = factory.CreateClient();
        return [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Distinct()];
    }

    private async Task<Dictionary<string, string>> SampleValuesAsync()
    {
        var article = await factory.AddArticleAsync("خبر لمسح الصلاحيات", "نص", a => a.Content = a.Content with { ImagePath = "/img/seed/desert.jpg", ImageAlt = "صحراء" });
        var (section, tag, author, sectionId, authorId) = await factory.WithDbAsync(async db => (
            await db.Sections.OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync(),
            await db.Tags.OrderBy(t => t.Id).Select(t => t.Slug).FirstAsync(),
            await db.Authors.OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync(),
            await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()));
        return new(StringComparer.Ordinal)
        {
            ["{id:int}"] = article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{id:int?}"] = article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{slug?}"] = Uri.EscapeDataString(article.Slug),
            ["{code:int?}"] = "404",
            ["{page:int}"] = "1",
            ["{name}"] = "16x9",
            ["{network}"] = "whatsapp",
            ["{code}"] = article.ShortCode!,
            ["Admin/Sections/Edit/{id:int?}"] = "Admin/Sections/Edit/" + sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Admin/Authors/Edit/{id:int?}"] = "Admin/Authors/Edit/" + authorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sections/{slug}"] = "sections/" + section,
            ["tags/{slug}"] = "tags/" + Uri.EscapeDataString(tag),
            ["authors/{slug}"] = "authors/" + author,
        };
    }
}
