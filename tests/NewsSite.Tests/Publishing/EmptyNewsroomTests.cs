using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

// A fresh install without sample content, as production starts.
public sealed class EmptyNewsroomFactory : NewsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:SeedSampleContent", "false");
    }
}

public sealed class EmptyNewsroomTests(EmptyNewsroomFactory factory) : IClassFixture<EmptyNewsroomFactory>
{
    // The first admin makes a section and an author profile and two staff accounts; a Writer writes a story with two
    // bylines; an Editor publishes it; readers find it everywhere it belongs.
    [Fact]
    public async Task FromAnEmptyDatabaseTheNewsroomPublishesAStoryWithTwoBylines()
    {
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync()));
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Sections/Edit", "#section-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "الاقتصاد",
            ["Input.Slug"] = "economy",
            ["Input.Description"] = "أسواق الخليج وشركاته",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Authors/Edit", "#author-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "ليلى الحمادي",
            ["Input.Slug"] = "layla-alhammadi",
            ["Input.JobTitle"] = "محررة الشؤون الاقتصادية",
            ["Input.XHandle"] = "@layla_h",
        })).StatusCode);
        await CreateAccountAsync(admin, "سالم الكتبي", "salem@alofoq.example", Roles.Writer);
        await CreateAccountAsync(admin, "نورة المنصوري", "noura@alofoq.example", Roles.Editor);
        var authors = await factory.WithDbAsync(db => db.Authors.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name, a.Slug, a.UserId }).ToListAsync());
        var salem = authors.Single(a => a.Name == "سالم الكتبي");
        var layla = authors.Single(a => a.Name == "ليلى الحمادي");
        Assert.NotNull(salem.UserId);   // the writer's own profile, made with the account

        var writer = await factory.SignInAsync("salem@alofoq.example", "Writer-Pass-2026");
        var form = await writer.GetDocumentAsync("/Admin/Articles/Edit");
        Assert.Equal(salem.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ((IHtmlSelectElement)form.QuerySelector("select[name='Input.AuthorId']")!).Value);   // their byline to start with
        using var saved = await writer.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "بورصة دبي تغلق على ارتفاع مدفوعة بأسهم البنوك",
            ["Input.Standfirst"] = "المؤشر العام يصعد 1.2% في أعلى إغلاق منذ شهرين",
            ["Input.BodyMarkdown"] = "أغلقت بورصة دبي على ارتفاع.\n\nوقال محللون إن أسهم البنوك قادت المكاسب.",
            ["Input.SectionId"] = await factory.WithDbAsync(db => db.Sections.Where(s => s.Slug == "economy").Select(s => s.Id).SingleAsync()) is var sectionId ? sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            ["Input.CoAuthorIds[0]"] = layla.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Credit"] = "دبي - الأفق",
            ["Input.Tags"] = "بورصة دبي، البنوك",
        }, "SubmitForReview");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = EditorForm.IdFrom(saved);

        var editor = await factory.SignInAsync("noura@alofoq.example", "Editor-Pass-2026");
        using var published = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var reader = factory.CreateClient();
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        var path = SiteUrls.Article(id, slug);
        var home = await reader.GetDocumentAsync("/");
        Assert.Equal(path, home.QuerySelector(".lead .card__title a")?.GetAttribute("href"));
        Assert.Null(home.QuerySelector("#latest-title"));   // one story, already the lead: no empty "آخر الأخبار"
        Assert.Contains((await reader.GetDocumentAsync("/sections/economy")).QuerySelectorAll(".card__title a"), a => a.GetAttribute("href") == path);
        foreach (var author in new[] { salem.Slug, layla.Slug })
        {
            Assert.Contains((await reader.GetDocumentAsync(SiteUrls.Author(author))).QuerySelectorAll(".card__title a"), a => a.GetAttribute("href") == path);
        }

        var page = await reader.GetDocumentAsync(path);
        Assert.Equal("بقلم سالم الكتبي وليلى الحمادي — دبي - الأفق", Normalize(page.QuerySelector(".byline")!.TextContent));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(["سالم الكتبي", "ليلى الحمادي"], jsonLd.RootElement.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        foreach (var feed in new[] { "/rss.xml", "/atom.xml", "/sections/economy/rss.xml", SiteUrls.NewsSitemap })
        {
            Assert.Contains("بورصة دبي تغلق على ارتفاع", await reader.GetStringAsync(feed), StringComparison.Ordinal);
        }

        var rss = XDocument.Parse(await reader.GetStringAsync("/rss.xml"));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(["سالم الكتبي", "ليلى الحمادي"], rss.Descendants("item").First().Elements(dc + "creator").Select(c => c.Value));
    }

    private static async Task CreateAccountAsync(HttpClient admin, string name, string email, string role)
    {
        using var created = await admin.SubmitAsync("/Admin/Users", "form[action*='handler=Create']", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = role == Roles.Writer ? "Writer-Pass-2026" : "Editor-Pass-2026",
            ["Input.Role"] = role,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
