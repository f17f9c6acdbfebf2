using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.BrowserTests;

// Every author-controlled field carries a vector (XssVectors: over a hundred), and every page that shows it is opened
// in Chromium with the page's CSP bypassed — so the test sees our encoding alone — and a hook that records any script
// that runs (xss(n), or a dialog). Feeds, sitemaps and the share API are checked as what their readers parse.
[Collection(BrowserGroup.Name)]
public sealed class XssTests(BrowserFixture browser, KestrelNewsSiteFactory site) : IClassFixture<KestrelNewsSiteFactory>
{
    private const int Named = 10;   // sections, authors (and bios) named by the first vectors

    private static readonly ConcurrentDictionary<KestrelNewsSiteFactory, Lazy<Task<Corpus>>> Corpora = new();

    [BrowserFact]
    public async Task ReaderPagesShowEveryVectorAsText()
    {
        var corpus = await CorpusAsync();
        var paths = new List<string> { "/" };
        paths.AddRange(Enumerable.Range(0, Named).SelectMany(i => new[] { $"/sections/xss-s{i}", $"/authors/xss-a{i}" }));
        paths.AddRange(corpus.Articles.SelectMany(a => new[] { $"/articles/{a.Id}/{Uri.EscapeDataString(a.Slug)}", $"/tags/xss-t{a.Number}" }));

        await AssertNothingRunsAsync(paths, signIn: false);
    }

    [BrowserFact]
    public async Task SearchQueriesAndResultsShowEveryVectorAsText()
    {
        await CorpusAsync();

        await AssertNothingRunsAsync([.. XssVectors.All.Select(v => "/search?q=" + Uri.EscapeDataString(v.Text))], signIn: false);
    }

    [BrowserFact]
    public async Task TheNewsroomShowsEveryVectorAsText()
    {
        var corpus = await CorpusAsync();
        var paths = new List<string> { "/Admin", "/Admin/Users", "/Admin/Sections", "/Admin/Audit" };
        paths.AddRange(Enumerable.Range(1, (corpus.Articles.Count / 20) + 1).Select(p => $"/Admin/Articles?page={p}"));
        paths.AddRange(corpus.Articles.SelectMany(a => new[] { $"/Admin/Articles/Edit/{a.Id}", $"/Admin/Articles/Preview/{a.Id}" }));
        paths.AddRange(corpus.Articles.Take(20).Select(a => $"/Admin/Articles/Revisions/{a.Id}"));

        await AssertNothingRunsAsync(paths, signIn: true);
    }

    [BrowserFact]
    public async Task FeedsSitemapsAndTheShareApiCarryTheVectorsAsData()
    {
        var corpus = await CorpusAsync();
        using var http = new HttpClient { BaseAddress = new Uri(site.RootUri) };
        var feeds = new List<string> { "/rss.xml", "/atom.xml" };
        feeds.AddRange(Enumerable.Range(0, Named).SelectMany(i => new[] { $"/sections/xss-s{i}/rss.xml", $"/sections/xss-s{i}/atom.xml" }));
        foreach (var feed in feeds)
        {
            FeedChecks.AssertHarmless(await http.GetStringAsync(feed), feed);
        }

        foreach (var sitemap in new[] { "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/news.xml", "/sitemaps/articles-1.xml" })
        {
            System.Xml.Linq.XDocument.Parse(await http.GetStringAsync(sitemap));   // well-formed, whatever the titles hold
        }

        foreach (var article in corpus.Articles)
        {
            using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/api/articles/{article.Id}/share"));
            Assert.Equal(article.Id, json.RootElement.GetProperty("articleId").GetInt32());
            FeedChecks.AssertHeadIsData(await http.GetStringAsync($"/articles/{article.Id}/{Uri.EscapeDataString(article.Slug)}"), article.Number);
        }
    }

    private async Task AssertNothingRunsAsync(IReadOnlyList<string> paths, bool signIn)
    {
        var ran = new ConcurrentBag<string>();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = site.RootUri, BypassCSP = true, Locale = "ar-AE" });
        await context.ExposeFunctionAsync("xss", (int n) => ran.Add($"xss({n})"));
        var page = signIn ? await context.SignInAsync(site, Roles.Admin) : await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            ran.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            Assert.True(response is { Status: < 400 }, $"{path} answered {response?.Status}");
            Assert.True(ran.IsEmpty, $"script ran on {path}: {string.Join(", ", ran)}");
        }

        await page.WaitForTimeoutAsync(300);   // late timers and the editor's preview
        Assert.True(ran.IsEmpty, $"script ran: {string.Join(", ", ran)}");
    }

    private Task<Corpus> CorpusAsync() => Corpora.GetOrAdd(site, s => new(() => SeedAsync(s))).Value;

    // Sections, authors and bios named by vectors, a staff member whose display name is one, and one published story
    // per vector with it in the headline, standfirst, body, tag, picture alt, caption, credit and SEO fields.
    private static async Task<Corpus> SeedAsync(KestrelNewsSiteFactory site)
    {
        _ = site.RootUri;
        var vectors = XssVectors.All;
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var sections = Enumerable.Range(0, Named).Select(i => new Section { Name = vectors[i].Text, Slug = $"xss-s{i}", DisplayOrder = 900 + i }).ToList();
        var authors = Enumerable.Range(0, Named).Select(i => new Author { Name = vectors[i].Text, Slug = $"xss-a{i}", Bio = vectors[i + Named].Text }).ToList();
        db.AddRange(sections);
        db.AddRange(authors);
        await db.SaveChangesAsync();
        var email = await site.CreateStaffAsync(Roles.Writer);
        var user = db.Users.Single(u => u.Email == email);
        user.DisplayName = vectors[3].Text;
        await db.SaveChangesAsync();

        var now = DateTime.UtcNow;
        var articles = vectors.Select((v, i) => new Article
        {
            Content = new ArticleContent
            {
                Title = v.Text,
                Standfirst = v.Text,
                BodyMarkdown = "فقرة أولى.\n\n" + v.Text,
                ImagePath = "/img/seed/desert.jpg",
                ImageAlt = v.Text,
                ImageCaption = v.Text,
                ImageCredit = v.Text,
                SeoTitle = v.Text,
                SeoDescription = v.Text,
            },
            Slug = "xss-" + v.Number.ToString(CultureInfo.InvariantCulture),
            SectionId = sections[i % Named].Id,
            AuthorId = authors[i % Named].Id,
            Tags = [new Tag { Name = v.Text.Length > 100 ? v.Text[..100] : v.Text, Slug = $"xss-t{v.Number}" }],
            Status = ArticleStatus.Published,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            PublishedAtUtc = now.AddMinutes(-i),
        }).ToList();
        await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>().ImportAsync(articles, null, "XSS corpus", CancellationToken.None);
        return new Corpus([.. articles.Select((a, i) => new Story(a.Id, a.Slug, vectors[i].Number))]);
    }

    private sealed record Story(int Id, string Slug, int Number);

    private sealed record Corpus(IReadOnlyList<Story> Articles);
}
