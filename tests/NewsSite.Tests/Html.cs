using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.Tests;

internal static class Html
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.ParseAsync();
    }

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await new HtmlParser().ParseDocumentAsync(stream);
    }

    public const string BrowserUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    public static HttpClient CreateNonRedirectingClient(this NewsSiteFactory factory) =>
        factory.CreateClient(new() { AllowAutoRedirect = false });

    public static string LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No Location header ({(int)response.StatusCode}).");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    // A reader's browser: counted by the view and share counters (an empty User-Agent counts as a bot).
    public static HttpClient CreateReaderClient(this NewsSiteFactory factory)
    {
        var client = factory.CreateNonRedirectingClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserUserAgent);
        return client;
    }
}
