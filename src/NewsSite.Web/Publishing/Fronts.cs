using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// One slot as an editor arranges it: the story, and when it leaves the front (null: until moved).
public sealed record FrontChoice(int ArticleId, DateTime? ExpiresAtUtc);

// The editors' choice of lead and order for the home page (section null) and each section's page. Saved whole, in
// order; readers see it on the next request.
public sealed class Fronts(NewsDbContext db, AuditTrail audit, ChangeNotifier notifier)
{
    public const int HomeSlots = 5;     // the lead and four beside it
    public const int SectionSlots = 4;  // the lead and three

    public async Task<IReadOnlyList<(FrontChoice Choice, string Title, bool Published)>> ChoicesAsync(int? sectionId, CancellationToken cancellationToken) =>
        [.. (await db.FrontSlots.AsNoTracking().Where(f => f.SectionId == sectionId).OrderBy(f => f.Position)
            .Select(f => new { f.ArticleId, f.ExpiresAtUtc, f.Article.Content.Title, Published = f.Article.Status == ArticleStatus.Published })
            .ToListAsync(cancellationToken))
            .Select(f => (new FrontChoice(f.ArticleId, f.ExpiresAtUtc), f.Title, f.Published))];

    // Null when saved; otherwise why not (a story that does not exist or is not published).
    public async Task<string?> SaveAsync(int? sectionId, IReadOnlyList<FrontChoice> choices, StaffMember by, CancellationToken cancellationToken)
    {
        var max = sectionId is null ? HomeSlots : SectionSlots;
        var wanted = choices.DistinctBy(c => c.ArticleId).Take(max).ToList();
        var ids = wanted.Select(c => c.ArticleId).ToList();
        var published = await db.Articles.Published().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Except(published).FirstOrDefault() is var missing and > 0)
        {
            return $"الخبر رقم {missing} غير منشور أو غير موجود، فلا يوضع على الواجهة.";
        }

        if (sectionId is { } section && !await db.Sections.AnyAsync(s => s.Id == section, cancellationToken))
        {
            return "القسم غير موجود.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FrontSlots.Where(f => f.SectionId == sectionId).ExecuteDeleteAsync(cancellationToken);
        db.FrontSlots.AddRange(wanted.Select((c, i) => new FrontSlot { SectionId = sectionId, Position = i, ArticleId = c.ArticleId, ExpiresAtUtc = c.ExpiresAtUtc }));
        var entry = audit.Add(by, "front", null, $"{(sectionId is null ? "home" : $"section {sectionId}")}: {string.Join(", ", ids)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        audit.Logged(entry);
        await notifier.NotifyAsync("front", sections: sectionId is { } s ? [s] : null, articles: ids, everywhere: sectionId is null);
        return null;
    }
}
