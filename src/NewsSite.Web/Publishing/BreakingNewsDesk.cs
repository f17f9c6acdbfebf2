using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Editors switch the banner on (a headline, an optional link, an optional end) and off.
public sealed class BreakingNewsDesk(NewsDbContext db, AuditTrail audit, ChangeNotifier notifier, BreakingNewsBanner banner, TimeProvider clock)
{
    public Task<BreakingNews?> CurrentAsync(CancellationToken cancellationToken) =>
        db.BreakingNews.AsNoTracking().OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);

    // Null when it is on; otherwise why not.
    public async Task<string?> TurnOnAsync(string headline, string? link, DateTime? expiresAtUtc, StaffMember by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(headline))
        {
            return "اكتب العنوان العاجل.";
        }

        if (!string.IsNullOrWhiteSpace(link) && !IsAcceptedLink(link.Trim()))
        {
            return "الرابط صفحة من الموقع (يبدأ بـ /) أو عنوان يبدأ بـ https://";
        }

        if (expiresAtUtc is { } expires && expires <= now)
        {
            return "موعد انتهاء الشريط في الماضي.";
        }

        await SwitchOffAllAsync(cancellationToken);
        db.BreakingNews.Add(new BreakingNews
        {
            Headline = Markdown.ControlCharacters.OneLine(headline).Trim(),
            Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim(),
            IsOn = true,
            ExpiresAtUtc = expiresAtUtc,
            UpdatedAtUtc = now,
            UpdatedByName = by.Name,
        });
        await SaveAsync(by, "breaking-on", headline, cancellationToken);
        return null;
    }

    public async Task TurnOffAsync(StaffMember by, CancellationToken cancellationToken)
    {
        await SwitchOffAllAsync(cancellationToken);
        await SaveAsync(by, "breaking-off", "", cancellationToken);
    }

    private Task<int> SwitchOffAllAsync(CancellationToken cancellationToken) =>
        db.BreakingNews.Where(b => b.IsOn).ExecuteUpdateAsync(s => s.SetProperty(b => b.IsOn, false), cancellationToken);

    private async Task SaveAsync(StaffMember by, string action, string details, CancellationToken cancellationToken)
    {
        var entry = audit.Add(by, action, null, details);
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        banner.Changed();
        await notifier.NotifyAsync(action, everywhere: true);
    }

    private static bool IsAcceptedLink(string link) =>
        link is ['/', not '/' and not '\\', ..] || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
