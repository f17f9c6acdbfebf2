using System.Net;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks;

// An editor publishing through the site's own forms, and readers looking right after: is the story on the cached
// home page, its section page and its own page on the very next request?
internal static partial class Newsroom
{
    public static async Task<IReadOnlyList<(string Page, bool Shows)>> PublishAndLookAsync(string baseUrl, string title)
    {
        using var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
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

        var form = await editor.GetStringAsync("/Admin/Articles/Edit");
        using var published = await editor.PostAsync("/Admin/Articles/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.BodyMarkdown"] = "خبر نشره المقياس ليرى أين يظهر على الفور.",
            ["Input.SectionId"] = FirstOption(form, "Input.SectionId"),
            ["Input.AuthorId"] = FirstOption(form, "Input.AuthorId"),
            ["action"] = "Publish",
            ["__RequestVerificationToken"] = Token(form),
        }));
        var id = published.Headers.Location?.OriginalString.Split('/')[^1]
            ?? throw new InvalidOperationException($"Publishing answered {(int)published.StatusCode}.");

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

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    private static string FirstOption(string html, string name) =>
        Regex.Match(html, $"""name="{Regex.Escape(name)}"[^>]*>\s*(?:<option value="">[^<]*</option>\s*)?<option value="(\d+)""").Groups[1].Value;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex TokenField();

    [GeneratedRegex("""<nav class="breadcrumb"[\s\S]*?<a href="(/sections/[^"]+)""")]
    private static partial Regex SectionLink();
}
