namespace NewsSite.Web.Counters;

// Link-preview fetchers and search crawlers fetch pages too; they are not readers and are never counted.
public static class CrawlerDetector
{
    private static readonly string[] Tokens =
    [
        "bot", "crawler", "spider", "slurp", "facebookexternalhit", "facebookcatalog", "whatsapp", "telegrambot",
        "linkedinbot", "slackbot", "twitterbot", "discordbot", "skypeuripreview", "pinterest", "embedly",
        "vkshare", "redditbot", "applebot", "bingpreview", "googlebot", "google-inspectiontool", "headlesschrome",
        "lighthouse", "curl/", "wget/", "python-requests", "go-http-client",
    ];

    public static bool IsCrawler(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent)
        || Tokens.Any(token => userAgent.Contains(token, StringComparison.OrdinalIgnoreCase));
}
