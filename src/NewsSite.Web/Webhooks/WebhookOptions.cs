using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Webhooks;

// NewsSite:Webhooks. Subscribers are configured, not entered in the admin area: a URL and a shared secret are the
// server operator's to give out.
public sealed class WebhookOptions
{
    public const string SectionName = "NewsSite:Webhooks";

    // NewsSite__Webhooks__Subscribers__0__Name=app, …__Url=https://…, …__Secret=… (at least 32 characters).
    public List<WebhookSubscriber> Subscribers { get; set; } = [];

    // Tries per delivery before it is marked failed (an editor can send it again from the log).
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    // The wait before the second try; each further wait is four times longer (30 s, 2 min, 8 min, 32 min, 2 h 8 min).
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}

public sealed class WebhookSubscriber
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";

    // story.published, story.updated, story.unpublished; empty means all three.
    public string[] Events { get; set; } = [];

    public bool IsUsable => Name.Length > 0 && Secret.Length >= 32
        && Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public bool Wants(string eventName) => Events.Length == 0 || Events.Contains(eventName, StringComparer.Ordinal);
}
