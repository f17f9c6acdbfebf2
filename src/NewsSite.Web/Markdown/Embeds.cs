using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace NewsSite.Web.Markdown;

public sealed record Embed(string Provider, string Name, string Original, string Frame);

// Posts and videos from other sites, pasted as a link alone on its line: recognised only for an allow-list of providers
// and address patterns (never an arbitrary frame), and shown as a facade — the provider's name and a link — that loads
// the provider's frame only when the reader asks for it (js/embeds.js), so nothing of theirs loads before that.
public static partial class Embeds
{
    // Exactly the frames the site's Content-Security-Policy allows.
    public static readonly IReadOnlyList<string> FrameOrigins =
    [
        "https://www.youtube-nocookie.com", "https://platform.twitter.com", "https://www.instagram.com",
        "https://www.facebook.com", "https://www.tiktok.com", "https://maps.google.com",
    ];

    private static readonly HashSet<string> YouTubeHosts = ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"];
    private static readonly HashSet<string> XHosts = ["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"];
    private static readonly HashSet<string> InstagramHosts = ["instagram.com", "www.instagram.com"];
    private static readonly HashSet<string> FacebookHosts = ["facebook.com", "www.facebook.com", "m.facebook.com"];
    private static readonly HashSet<string> TikTokHosts = ["tiktok.com", "www.tiktok.com", "m.tiktok.com"];
    private static readonly HashSet<string> MapsHosts = ["www.google.com", "google.com", "maps.google.com", "www.google.ae", "www.google.com.sa"];

    // The embed for a pasted address, or null: only https/http, only these hosts (compared whole, so
    // youtube.com.evil.example is not YouTube), only these paths.
    public static Embed? Recognise(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !uri.IsDefaultPort || uri.UserInfo.Length > 0)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath;
        var original = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped);
        if (YouTubeHosts.Contains(host))
        {
            var id = host == "youtu.be" ? path.Trim('/') : path == "/watch" ? Query(uri, "v") : YouTubePath().Match(path) is { Success: true } m ? m.Groups[1].Value : null;
            return id is not null && YouTubeId().IsMatch(id)
                ? new Embed("youtube", "يوتيوب", original, $"https://www.youtube-nocookie.com/embed/{id}")
                : null;
        }

        if (XHosts.Contains(host) && XStatus().Match(path) is { Success: true } tweet)
        {
            return new Embed("x", "إكس (تويتر)", original, $"https://platform.twitter.com/embed/Tweet.html?id={tweet.Groups[1].Value}&lang=ar");
        }

        if (InstagramHosts.Contains(host) && InstagramPost().Match(path) is { Success: true } post)
        {
            return new Embed("instagram", "إنستغرام", original, $"https://www.instagram.com/{post.Groups[1].Value}/{post.Groups[2].Value}/embed");
        }

        if (FacebookHosts.Contains(host) && (FacebookPost().IsMatch(path) || (path is "/watch" or "/watch/" && Query(uri, "v") is { } v && v.All(char.IsAsciiDigit))))
        {
            var kind = path.Contains("/videos/", StringComparison.Ordinal) || path.StartsWith("/watch", StringComparison.Ordinal) ? "video" : "post";
            return new Embed("facebook", "فيسبوك", original, $"https://www.facebook.com/plugins/{kind}.php?href={Uri.EscapeDataString(original)}");
        }

        if (TikTokHosts.Contains(host) && TikTokVideo().Match(path) is { Success: true } video)
        {
            return new Embed("tiktok", "تيك توك", original, $"https://www.tiktok.com/embed/v2/{video.Groups[1].Value}");
        }

        if ((MapsHosts.Contains(host) && path.StartsWith("/maps", StringComparison.Ordinal)) || host == "maps.google.com")
        {
            var place = MapsAt().Match(path) is { Success: true } at ? $"{at.Groups[1].Value},{at.Groups[2].Value}"
                : MapsPlace().Match(path) is { Success: true } named ? Uri.UnescapeDataString(named.Groups[1].Value).Replace('+', ' ')
                : Query(uri, "q");
            return string.IsNullOrWhiteSpace(place) ? null
                : new Embed("maps", "خرائط Google", original, $"https://maps.google.com/maps?q={Uri.EscapeDataString(place)}&output=embed");
        }

        return null;
    }

    // The facade, built here from recognised parts only (every value encoded).
    public static string Facade(Embed embed)
    {
        var encoder = HtmlEncoder.Default;
        return $"<figure class=\"embed embed--{embed.Provider}\" data-embed=\"{encoder.Encode(embed.Frame)}\" data-provider=\"{encoder.Encode(embed.Name)}\">"
            + $"<a class=\"embed__link\" href=\"{encoder.Encode(embed.Original)}\" rel=\"noopener noreferrer\" target=\"_blank\">"
            + $"<span class=\"embed__provider\">{encoder.Encode(embed.Name)}</span>"
            + $"<span class=\"embed__hint\">اضغط لعرضه هنا. لا يُحمَّل شيء من {encoder.Encode(embed.Name)} قبل ذلك.</span>"
            + $"<span class=\"embed__url\" dir=\"ltr\">{encoder.Encode(embed.Original)}</span></a></figure>";
    }

    // A paragraph that is one link to itself (a pasted address): <p><a href="X">X</a></p>.
    public static string ReplaceParagraphLinks(string html) =>
        LoneLink().Replace(html, m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) is var href
            && href == System.Net.WebUtility.HtmlDecode(m.Groups[2].Value) && Recognise(href) is { } embed ? Facade(embed) : m.Value);

    private static string? Query(Uri uri, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    [GeneratedRegex(@"<p><a href=""([^""]+)"">([^<]+)</a></p>")]
    private static partial Regex LoneLink();

    [GeneratedRegex(@"^/(?:shorts|embed|live)/([^/]+)/?$")]
    private static partial Regex YouTubePath();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,15}/status/(\d{1,25})/?$")]
    private static partial Regex XStatus();

    [GeneratedRegex(@"^/(p|reel|tv)/([A-Za-z0-9_-]{5,40})/?$")]
    private static partial Regex InstagramPost();

    [GeneratedRegex(@"^/[A-Za-z0-9.]{1,80}/(?:posts|videos)/[A-Za-z0-9]{1,40}/?$")]
    private static partial Regex FacebookPost();

    [GeneratedRegex(@"^/@[A-Za-z0-9._]{1,40}/video/(\d{5,25})/?$")]
    private static partial Regex TikTokVideo();

    [GeneratedRegex(@"/@(-?\d{1,3}\.\d+),(-?\d{1,3}\.\d+)")]
    private static partial Regex MapsAt();

    [GeneratedRegex(@"^/maps/place/([^/@]+)")]
    private static partial Regex MapsPlace();
}
