using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

// Who did what, when: one row per staff action (the audit page) and the same as a structured log event.
public sealed class AuditTrail(NewsDbContext db, TimeProvider clock, ILogger<AuditTrail> logger)
{
    public const string SystemName = "النظام";

    // Adds the entry to the caller's unit of work, so it is saved with the change it describes or not at all; the caller
    // logs it (Logged) once that change is committed.
    public AuditEntry Add(StaffMember? by, string action, int? articleId, string details)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = by?.Id,
            UserName = by?.Name ?? SystemName,
            Action = action,
            ArticleId = articleId,
            Details = details.Length > 1000 ? details[..1000] : details,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public void Logged(AuditEntry entry) => logger.Audit(entry.UserName, entry.Action, entry.ArticleId, entry.Details);

    // For actions saved on their own (user accounts, uploads, sections).
    public async Task RecordAsync(StaffMember? by, string action, int? articleId, string details, CancellationToken cancellationToken)
    {
        var entry = Add(by, action, articleId, details);
        await db.SaveChangesAsync(cancellationToken);
        Logged(entry);
    }
}
