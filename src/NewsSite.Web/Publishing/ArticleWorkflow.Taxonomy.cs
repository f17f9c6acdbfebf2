using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Where stories are filed, changed for many at once: a deleted section's stories move to another, a tag merged into
// another or deleted. Each is one transaction with one audit entry; the stories' search entries follow (tags are
// indexed), and one notification names every story, section and tag involved.
public sealed partial class ArticleWorkflow
{
    public async Task<int> MoveSectionStoriesAsync(int fromSectionId, int toSectionId, StaffMember by, CancellationToken cancellationToken)
    {
        var ids = await db.Articles.IgnoreQueryFilters().Where(a => a.SectionId == fromSectionId).Select(a => a.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.Articles.IgnoreQueryFilters().Where(a => a.SectionId == fromSectionId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SectionId, toSectionId), CancellationToken.None);
        var entry = audit.Add(by, "move-section-stories", null, $"{ids.Count} stories: section {fromSectionId} → {toSectionId}");
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await notifier.NotifyAsync("move-section-stories", sections: [fromSectionId, toSectionId], articles: ids, everywhere: true);
        return ids.Count;
    }

    // Every story tagged fromTag is tagged intoTag instead (a merge), or loses the tag (intoTag null: a delete).
    public async Task<int> RetagAsync(int fromTagId, int? intoTagId, StaffMember by, CancellationToken cancellationToken)
    {
        var ids = await db.Articles.IgnoreQueryFilters().Where(a => a.Tags.Any(t => t.Id == fromTagId)).Select(a => a.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (intoTagId is { } into)
        {
            // WHERE true: SQLite needs it before an upsert clause on INSERT … SELECT.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ArticleTags" ("ArticlesId", "TagsId") SELECT "ArticlesId", {into} FROM "ArticleTags" WHERE "TagsId" = {fromTagId} AND true
                ON CONFLICT DO NOTHING
                """, CancellationToken.None);
        }

        await db.Database.ExecuteSqlAsync($"DELETE FROM \"ArticleTags\" WHERE \"TagsId\" = {fromTagId}", CancellationToken.None);
        var entry = audit.Add(by, intoTagId is null ? "untag" : "merge-tag", null, $"{ids.Count} stories: tag {fromTagId} → {intoTagId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        await db.SaveChangesAsync(CancellationToken.None);
        await search.UpdateAsync(ids, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await notifier.NotifyAsync(intoTagId is null ? "untag" : "merge-tag", tags: intoTagId is { } target ? [fromTagId, target] : [fromTagId], articles: ids);
        return ids.Count;
    }

    // A renamed tag's stories are found by the new name at once.
    public async Task ReindexTagAsync(int tagId, CancellationToken cancellationToken)
    {
        var ids = await db.Articles.Where(a => a.Tags.Any(t => t.Id == tagId)).Select(a => a.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await search.UpdateAsync(ids, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        await notifier.NotifyAsync("rename-tag", tags: [tagId], articles: ids);
    }
}
