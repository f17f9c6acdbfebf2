using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Tests.Feeds;

// One bad story (a control character from a word processor, a character reference that decodes to one, a picture path
// that is no URL) used to make XmlWriter throw and take down every feed and the news sitemap.
public sealed class FeedRobustnessTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private static readonly string[] Feeds = ["/rss.xml", "/atom.xml", "/sitemaps/news.xml"];

    [Fact]
    public async Task StoredControlCharactersAndBadPicturePathsLeaveEveryFeedWhole()
    {
        var good = await factory.AddArticleAsync("خبر سليم يبقى في الخلاصات", "نص");
        var bad = await factory.AddArticleAsync("خبر قديم فيه محارف تحكم", "نص");
        var pictured = await factory.AddArticleAsync("خبر بمسار صورة معطوب", "نص");
        // As stored before input was cleaned: written straight to the rows.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"Articles\" SET \"Title\" = {"عنوان\v فيه سطر عمودي\u0001"}, \"Standfirst\" = {"موجز\u0008"}, \"BodyHtml\" = {"<p>نص \u000e قديم</p>"} WHERE \"Id\" = {bad.Id}"));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"Articles\" SET \"ImagePath\" = {"img/no-leading-slash.jpg"} WHERE \"Id\" = {pictured.Id}"));
        var section = await factory.WithDbAsync(db => db.Sections.Where(s => s.Id == good.SectionId).Select(s => s.Slug).SingleAsync());

        foreach (var feed in Feeds.Append($"/sections/{section}/rss.xml").Append($"/sections/{section}/atom.xml"))
        {
            using var response = await factory.CreateClient().GetAsync(feed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());   // well-formed
            var text = xml.ToString();
            Assert.Contains("خبر سليم يبقى في الخلاصات", text, StringComparison.Ordinal);
            Assert.Contains("فيه سطر عمودي", text, StringComparison.Ordinal);          // the bad story, cleaned
            Assert.DoesNotContain("no-leading-slash", text, StringComparison.Ordinal); // no picture rather than a broken URL
        }
    }

    [Fact]
    public async Task ControlCharactersTypedIntoTheEditorAreNotStored()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var saved = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "عنوان\vمن معالج نصوص",
            ["Input.Standfirst"] = "موجز\u000bبسطر عمودي",
            ["Input.BodyMarkdown"] = "فقرة فيها &#14; مرجع محرف\n\nوفقرة ثانية",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
            ["Input.Tags"] = "وسم\u0007جرس",
        }, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = Publishing.EditorForm.IdFrom(saved);
        var article = await factory.WithDbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id));
        Assert.Equal("عنوان من معالج نصوص", article.Content.Title);
        Assert.Equal("موجز بسطر عمودي", article.Content.Standfirst);
        Assert.DoesNotContain(article.BodyHtml, c => char.IsControl(c) && c != '\n');
        Assert.Equal("وسم جرس", article.Tags.Single().Name);
        Assert.Contains("فقرة ثانية", article.BodyHtml, StringComparison.Ordinal);
    }

    // Feed readers treat an RSS description as HTML; the standfirst is text, so it is encoded as HTML first.
    [Fact]
    public async Task TheRssDescriptionCarriesTextNotMarkup()
    {
        const string standfirst = "موجز <img src=x onerror=alert(1)> و<a href=\"javascript:alert(2)\">رابط</a> لأن a < b";
        var article = await factory.AddArticleAsync("خبر موجزه يشبه الوسوم", "نص", a => a.Content = a.Content with { Standfirst = standfirst });

        var xml = XDocument.Parse(await factory.CreateClient().GetStringAsync("/rss.xml"));
        var item = xml.Descendants("item").Single(i => i.Element("title")?.Value == "خبر موجزه يشبه الوسوم");
        var description = item.Element("description")!.Value;

        // What a feed reader renders: the description parsed as HTML has no elements, and reads as the standfirst.
        var rendered = new HtmlParser().ParseFragment(description, new HtmlParser().ParseDocument("").Body!);
        Assert.DoesNotContain(rendered, n => n is AngleSharp.Dom.IElement);
        Assert.Equal(standfirst, string.Concat(rendered.Select(n => n.TextContent)));
        Assert.Contains(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Element("guid")!.Value, StringComparison.Ordinal);
    }
}
