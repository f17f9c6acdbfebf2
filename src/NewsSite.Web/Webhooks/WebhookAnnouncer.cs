using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Webhooks;

// Turns the workflow's change notification into announcements, one row per subscriber, for WebhookSender to deliver.
// What is announced follows from what readers can see now and what was last announced about the story:
// visible and never announced (or last announced as withdrawn) → story.published; visible and announced → story.updated;
// no longer visible after an announcement → story.unpublished. Drafts and reviews are never announced.
internal sealed class WebhookAnnouncer(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, WebhookSignal signal, TimeProvider clock)
    : IArticleChangeListener
{
    public const string Published = "story.published";
    public const string Updated = "story.updated";
    public const string Unpublished = "story.unpublished";

    private static readonly HashSet<string> FirstAppearance = ["create", "publish", "publish-scheduled"];
    private static readonly HashSet<string> Withdrawal = ["unpublish", "delete"];

    // What a newsroom does to a story itself. Not announced: a story's place on a front, short codes, archives brought
    // in (a WordPress import, sample or generated stories) and taxonomy work (renaming or merging a tag, moving a
    // section's stories), which would announce years of stories at once.
    private static readonly HashSet<string> AboutTheStory = ["create", "edit", "submit", "publish", "schedule", "unpublish", "delete", "restore", "publish-scheduled", "live-update"];

    // Arabic as it is, not as \u escapes: a third of the bytes, and readable in a partner's log.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        var subscribers = options.Value.Subscribers.Where(s => s.IsUsable).ToList();
        if (subscribers.Count == 0 || change.ArticleIds.Count == 0 || !AboutTheStory.Contains(change.Action))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var urls = scope.ServiceProvider.GetRequiredService<SiteUrls>();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = change.ArticleIds.ToList();
        var stories = await db.Articles.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new Story(a.Id, a.Content.Title, a.Content.Standfirst, a.Slug, a.Status, a.PublishedAtUtc, a.ModifiedAtUtc, a.DeletedAtUtc,
                a.Section.Slug, a.Section.Name))
            .ToListAsync(cancellationToken);
        // What each subscriber was last told about each story (skipped events included: they were "said", just not sent).
        var lastSaid = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.ArticleId)
                && d.Id == db.WebhookDeliveries.Where(x => x.ArticleId == d.ArticleId && x.Subscriber == d.Subscriber).Max(x => x.Id))
            .ToDictionaryAsync(d => (d.Subscriber, d.ArticleId), d => d.Event, cancellationToken);
        foreach (var story in stories)
        {
            foreach (var subscriber in subscribers)
            {
                if (EventFor(change.Action, story, lastSaid.GetValueOrDefault((subscriber.Name, story.Id))) is not { } name)
                {
                    continue;
                }

                var wanted = subscriber.Wants(name);
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    Subscriber = subscriber.Name,
                    Event = name,
                    ArticleId = story.Id,
                    Payload = wanted ? JsonSerializer.Serialize(Payload(name, story, now, urls), Json) : "",
                    State = wanted ? WebhookDeliveryState.Pending : WebhookDeliveryState.Skipped,
                    CreatedAtUtc = now,
                    NextAttemptAtUtc = wanted ? now : null,
                });
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        signal.Wake();
    }

    private static string? EventFor(string action, Story story, string? lastSaid)
    {
        if (story.IsVisible)
        {
            return lastSaid switch
            {
                null => FirstAppearance.Contains(action) ? Published : Updated,   // a story from before webhooks were set up
                Unpublished => Published,
                _ => Updated,
            };
        }

        return lastSaid is Published or Updated || (lastSaid is null && Withdrawal.Contains(action) && story.PublishedAtUtc is not null)
            ? Unpublished
            : null;
    }

    private static object Payload(string name, Story story, DateTime now, SiteUrls urls) => new
    {
        Event = name,
        OccurredAt = DateTime.SpecifyKind(now, DateTimeKind.Utc),
        Story = new
        {
            story.Id,
            story.Title,
            story.Standfirst,
            Url = urls.Absolute(SiteUrls.Article(story.Id, story.Slug)),
            Api = urls.Absolute($"/api/v1/stories/{story.Id}"),
            Section = new { Slug = story.SectionSlug, Name = story.SectionName },
            PublishedAt = Utc(story.PublishedAtUtc),
            ModifiedAt = Utc(story.ModifiedAtUtc),
        },
    };

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;

    private sealed record Story(int Id, string Title, string Standfirst, string Slug, ArticleStatus Status, DateTime? PublishedAtUtc,
        DateTime? ModifiedAtUtc, DateTime? DeletedAtUtc, string SectionSlug, string SectionName)
    {
        public bool IsVisible => Status == ArticleStatus.Published && PublishedAtUtc is not null && DeletedAtUtc is null;
    }
}
