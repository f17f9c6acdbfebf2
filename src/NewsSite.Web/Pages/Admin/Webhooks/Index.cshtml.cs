using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Webhooks;

namespace NewsSite.Web.Pages.Admin.Webhooks;

// The delivery log: who was told what about which story, whether they took it, and a way to send failed ones again.
public sealed class IndexModel(NewsDbContext db, IOptions<WebhookOptions> options, WebhookSignal signal, TimeProvider clock) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<WebhookSubscriber> Subscribers => options.Value.Subscribers;

    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    public IReadOnlyDictionary<WebhookDeliveryState, int> Counts { get; private set; } = new Dictionary<WebhookDeliveryState, int>();

    public IReadOnlyDictionary<int, string> Titles { get; private set; } = new Dictionary<int, string>();

    // Failed deliveries with newer news about the same story to the same subscriber: not offered again.
    public IReadOnlySet<long> Superseded { get; private set; } = new HashSet<long>();

    // Failed deliveries that are still a story's latest news to their subscriber: what "send all again" would send.
    public int Retryable { get; private set; }

    [FromQuery(Name = "state")]
    public WebhookDeliveryState? State { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.WebhookDeliveries.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Retryable = await Resendable().CountAsync(cancellationToken);
        var deliveries = db.WebhookDeliveries.AsNoTracking();
        if (State is { } state)
        {
            deliveries = deliveries.Where(d => d.State == state);
        }

        Deliveries = await deliveries.OrderByDescending(d => d.Id).Take(Shown).ToListAsync(cancellationToken);
        var failedIds = Deliveries.Where(d => d.State == WebhookDeliveryState.Failed).Select(d => d.Id).ToList();
        Superseded = (await db.WebhookDeliveries.Where(d => failedIds.Contains(d.Id)
                && db.WebhookDeliveries.Any(n => n.Subscriber == d.Subscriber && n.ArticleId == d.ArticleId && n.Id > d.Id))
            .Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var ids = Deliveries.Select(d => d.ArticleId).Distinct().ToList();
        Titles = await db.Articles.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Content.Title, cancellationToken);
    }

    // Only a story's latest news to a subscriber: sending an older one again would contradict what they know now.
    private IQueryable<WebhookDelivery> Resendable() =>
        db.WebhookDeliveries.Where(d => d.State == WebhookDeliveryState.Failed
            && !db.WebhookDeliveries.Any(n => n.Subscriber == d.Subscriber && n.ArticleId == d.ArticleId && n.Id > d.Id));

    // One failed delivery, or (id absent) every failed one: tried again now, with a fresh set of attempts.
    public async Task<IActionResult> OnPostRetryAsync(long? id, CancellationToken cancellationToken)
    {
        var failed = Resendable();
        if (id is { } one)
        {
            failed = failed.Where(d => d.Id == one);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var count = await failed.ExecuteUpdateAsync(d => d
            .SetProperty(x => x.State, WebhookDeliveryState.Pending)
            .SetProperty(x => x.Attempts, 0)
            .SetProperty(x => x.NextAttemptAtUtc, now), cancellationToken);
        signal.Wake();
        TempData["Message"] = count == 0 ? "لا يوجد إرسال فاشل لإعادته." : $"يُعاد الآن إرسال {ArabicCount.Format(count, "إشعار واحد", "إشعارين", "إشعارات", "إشعاراً", "إشعار")}.";
        return RedirectToPage(new { state = State });
    }
}
