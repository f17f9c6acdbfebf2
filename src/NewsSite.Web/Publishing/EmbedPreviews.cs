using System.Net.Http.Json;
using System.Text.Json.Serialization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// NewsSite:Embeds:OEmbed — where each provider answers oEmbed (title, thumbnail). Instagram and Facebook need an app
// token for theirs, so they have none by default and their facades show the provider's name only.
public sealed class EmbedOptions
{
    public const string SectionName = "NewsSite:Embeds";

    public Dictionary<string, string> OEmbed { get; set; } = new()
    {
        ["youtube"] = "https://www.youtube.com/oembed",
        ["x"] = "https://publish.twitter.com/oembed",
        ["tiktok"] = "https://www.tiktok.com/oembed",
    };

    // Hosts a thumbnail may come from, besides the oEmbed endpoint's own.
    public string[] ThumbnailHosts { get; set; } = ["i.ytimg.com", "p16-sign-va.tiktokcdn.com", "p16-sign-sg.tiktokcdn.com", "p77-sign-va.tiktokcdn.com"];

    public int TimeoutSeconds { get; set; } = 4;
}

// Titles and thumbnails for the embeds in a story: looked up when it is saved (a few seconds at most; a provider that
// does not answer leaves the facade plain), copied into the library, and written into the facades.
// The provider's answer and the thumbnail are stored through a context of their own: the caller's context holds the
// story being saved, which must be written by the workflow's commit and nothing earlier.
public sealed class EmbedPreviews(NewsDbContext db, IServiceScopeFactory scopes, IHttpClientFactory clients, IOptions<EmbedOptions> options,
    TimeProvider clock, ILogger<EmbedPreviews> logger)
{
    public const string ClientName = "embeds";
    private const long MaxThumbnailBytes = 5 * 1024 * 1024;
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);
    private static readonly HtmlParser Parser = new();

    private sealed record OEmbed([property: JsonPropertyName("title")] string? Title, [property: JsonPropertyName("author_name")] string? Author,
        [property: JsonPropertyName("thumbnail_url")] string? Thumbnail);

    // fetch: ask the providers for what is not known yet (on save); without it only what is kept is used (the preview).
    public async Task<string> ApplyAsync(string html, bool fetch, CancellationToken cancellationToken)
    {
        if (!html.Contains("data-embed=", StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var figure in document.QuerySelectorAll("figure.embed[data-embed]"))
        {
            if (figure.QuerySelector("a.embed__link") is not { } link || Embeds.Recognise(link.GetAttribute("href")) is not { } embed)
            {
                continue;
            }

            var preview = await db.EmbedPreviews.AsNoTracking().FirstOrDefaultAsync(p => p.Url == embed.Original, cancellationToken);
            if (fetch && (preview is null || clock.GetUtcNow().UtcDateTime - preview.FetchedAtUtc > KeptFor))
            {
                preview = await FetchAsync(embed, cancellationToken) ?? preview;
            }

            if (preview is not null)
            {
                Decorate(document, link, preview);
            }
        }

        return document.Body!.InnerHtml;
    }

    private static void Decorate(IDocument document, IElement link, EmbedPreview preview)
    {
        if (preview.ImagePath is { } path && MediaFiles.HashOf(path) is { } hash)
        {
            var image = document.CreateElement("img");
            image.ClassName = "embed__thumb";
            image.SetAttribute("src", MediaFiles.RenditionUrl(hash, 480, "jpg"));
            image.SetAttribute("alt", "");
            image.SetAttribute("loading", "lazy");
            image.SetAttribute("decoding", "async");
            link.Prepend(image);
        }

        if (preview.Title.Length > 0)
        {
            var title = document.CreateElement("span");
            title.ClassName = "embed__title";
            title.SetAttribute("dir", "auto");
            title.TextContent = preview.Title;
            link.QuerySelector(".embed__provider")?.After(title);
        }
    }

    private async Task<EmbedPreview?> FetchAsync(Embed embed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.OEmbed.TryGetValue(embed.Provider, out var endpoint) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var endpointUri))
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var media = scope.ServiceProvider.GetRequiredService<MediaStore>();
            var client = clients.CreateClient(ClientName);
            var answer = await client.GetFromJsonAsync<OEmbed>($"{endpoint}?url={Uri.EscapeDataString(embed.Original)}&format=json", timeout.Token);
            var title = (answer?.Title ?? answer?.Author ?? "").Trim();
            string? path = null;
            // A thumbnail only from the provider's own host or its listed picture hosts, and over https unless it is the
            // configured endpoint's host itself; never followed through redirects (the client follows none).
            if (answer?.Thumbnail is { } thumbnail && Uri.TryCreate(thumbnail, UriKind.Absolute, out var thumbnailUri)
                && ((thumbnailUri.Host == endpointUri.Host && thumbnailUri.Scheme == endpointUri.Scheme)
                    || (thumbnailUri.Scheme == "https" && settings.ThumbnailHosts.Contains(thumbnailUri.Host, StringComparer.OrdinalIgnoreCase))))
            {
                using var response = await client.GetAsync(thumbnailUri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength is null or <= MaxThumbnailBytes)
                {
                    // Read at most the limit, whatever the answer claims (or does not say) about its length.
                    await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
                    using var copy = new MemoryStream();
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0 && copy.Length <= MaxThumbnailBytes)
                    {
                        copy.Write(buffer, 0, read);
                    }

                    if (copy.Length is > 0 and <= MaxThumbnailBytes)
                    {
                        copy.Position = 0;
                        var saved = await media.SaveAsync(copy, embed.Provider + "-thumbnail.jpg", copy.Length, null, timeout.Token);
                        path = saved.Item is { } item ? MediaFiles.MasterUrl(item.Hash) : null;
                    }
                }
            }

            var preview = new EmbedPreview { Url = embed.Original, Title = title.Length > 300 ? title[..300] : title, ImagePath = path, FetchedAtUtc = clock.GetUtcNow().UtcDateTime };
            await store.Database.ExecuteSqlAsync($"""
                INSERT INTO "EmbedPreviews" ("Url", "Title", "ImagePath", "FetchedAtUtc") VALUES ({preview.Url}, {preview.Title}, {preview.ImagePath}, {preview.FetchedAtUtc})
                ON CONFLICT ("Url") DO UPDATE SET "Title" = excluded."Title", "ImagePath" = excluded."ImagePath", "FetchedAtUtc" = excluded."FetchedAtUtc"
                """, CancellationToken.None);
            return preview;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the provider or the network does, the story is saved; its facade shows the provider only.
            logger.EmbedPreviewFailed(embed.Provider, ex.GetType().Name);
            return null;
        }
    }
}

internal static partial class EmbedLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No title or thumbnail from {Provider} for an embed ({Error}); the facade shows the provider only")]
    public static partial void EmbedPreviewFailed(this ILogger logger, string provider, string error);
}
