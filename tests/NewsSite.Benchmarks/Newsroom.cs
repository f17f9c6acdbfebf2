using System.Net;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks;

// An editor publishing through the site's own forms, and readers looking right after: is the story on the cached
// home page, its section page and its own page on the very next request?
internal static partial class Newsroom
{
    public static async Task<IReadOnlyList<(string Page, bool Shows)>> PublishAndLookAsync(string baseUrl, string title)
    {
        using var editor = await SignInAsync(baseUrl);
        var id = await PublishAsync(editor, title, author: null, tags: "");
        using var reader = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var article = await reader.GetStringAsync($"/articles/{id}");
        var section = SectionLink().Match(article).Groups[1].Value;
        return
        [
            ("home", (await reader.GetStringAsync("/")).Contains(title, StringComparison.Ordinal)),
            ("section", (await reader.GetStringAsync(section)).Contains(title, StringComparison.Ordinal)),
            ("article", article.Contains(title, StringComparison.Ordinal)),
        ];
    }

    // The long tail every newsroom has and generated stories lack: a guest writer's first story, under a tag no other
    // story carries. Their pages, and "more from this author" under the story, must not walk the archive.
    public static async Task<(string Article, string Tag, string Author)> PublishGuestStoryAsync(string baseUrl)
    {
        using var editor = await SignInAsync(baseUrl);
        var key = Guid.NewGuid().ToString("N")[..8];
        var authorForm = await editor.GetStringAsync("/Admin/Authors/Edit");
        using var saved = await editor.PostAsync("/Admin/Authors/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = $"كاتب ضيف {key}",
            ["Input.Slug"] = $"guest-{key}",
            ["__RequestVerificationToken"] = Token(authorForm),
        }));
        if (saved.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Saving the guest writer answered {(int)saved.StatusCode}.");
        }

        var id = await PublishAsync(editor, $"مقال الكاتب الضيف {key}", $"كاتب ضيف {key}", $"وسم-نادر-{key}");
        using var reader = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var article = await reader.GetStringAsync($"/articles/{id}");
        return (CanonicalPath(article), Found(TagLink(), article, "the story's tag"), Found(AuthorLink(), article, "the guest's byline"));
    }

    private static async Task<HttpClient> SignInAsync(string baseUrl)
    {
        var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var login = await editor.GetStringAsync("/Admin/Login");
        using var signedIn = await editor.PostAsync("/Admin/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = SiteProcess.AdminEmail,
            ["Input.Password"] = SiteProcess.AdminPassword,
            ["__RequestVerificationToken"] = Token(login),
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {(int)signedIn.StatusCode}.");
        }

        return editor;
    }

    // author: the byline's name (the form's first writer when null). Returns the new story's id.
    private static async Task<string> PublishAsync(HttpClient editor, string title, string? author, string tags)
    {
        var form = await editor.GetStringAsync("/Admin/Articles/Edit");
        using var published = await editor.PostAsync("/Admin/Articles/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.BodyMarkdown"] = "خبر نشره المقياس ليرى أين يظهر على الفور.",
            ["Input.SectionId"] = FirstOption(form, "Input.SectionId"),
            ["Input.AuthorId"] = author is null ? FirstOption(form, "Input.AuthorId") : NamedOption(form, author),
            ["Input.Tags"] = tags,
            ["action"] = "Publish",
            ["__RequestVerificationToken"] = Token(form),
        }));
        return published.Headers.Location?.OriginalString.Split('/')[^1]
            ?? throw new InvalidOperationException($"Publishing answered {(int)published.StatusCode}.");
    }

    private static string CanonicalPath(string html) => new Uri(Found(CanonicalLink(), html, "the canonical link")).PathAndQuery;

    private static string Found(Regex link, string html, string what) =>
        link.Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No {what} on the page.");

    private static string NamedOption(string html, string text) =>
        Found(new Regex($"""<option value="(\d+)">{Regex.Escape(text)}</option>"""), html, $"option {text}");

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    private static string FirstOption(string html, string name) =>
        Regex.Match(html, $"""name="{Regex.Escape(name)}"[^>]*>\s*(?:<option value="">[^<]*</option>\s*)?<option value="(\d+)""").Groups[1].Value;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex TokenField();

    [GeneratedRegex("""<nav class="breadcrumb"[\s\S]*?<a href="(/sections/[^"]+)""")]
    private static partial Regex SectionLink();

    [GeneratedRegex("""<a href="(/tags/[^"]+)" rel="tag">""")]
    private static partial Regex TagLink();

    [GeneratedRegex("""<a href="(/authors/[^"]+)" rel="author">""")]
    private static partial Regex AuthorLink();

    [GeneratedRegex("""<link rel="canonical" href="([^"]+)""")]
    private static partial Regex CanonicalLink();
}
