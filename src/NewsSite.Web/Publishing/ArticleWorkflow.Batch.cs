using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// The actions nobody presses a button for: the scheduled publisher firing, stories brought in from elsewhere, and
// short codes for stories stored before codes existed.
public sealed partial class ArticleWorkflow
{
    // Publishes everything due, exactly once: the conditional UPDATE only moves rows still Scheduled, so a second
    // node or a second tick finds nothing left to do. Each story is its own action: committed, then announced.
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAtUtc <= now)
            .Select(a => new { a.Id, a.ScheduledAtUtc }).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var item in due.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var changed = await db.Articles
                .Where(a => a.Id == item.Id && a.Status == ArticleStatus.Scheduled && a.ScheduledAtUtc <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, ArticleStatus.Published)
                    .SetProperty(a => a.PublishedAtUtc, a => a.PublishedAtUtc ?? a.ScheduledAtUtc)
                    .SetProperty(a => a.UpdatedAtUtc, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), CancellationToken.None);
            if (changed == 0)
            {
                continue;
            }

            var article = await db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == item.Id, CancellationToken.None);
            db.ArticleRevisions.Add(Snapshot(article, null, now));
            var entry = audit.Add(null, "publish-scheduled", item.Id, $"scheduled for {item.ScheduledAtUtc:O}");
            await db.SaveChangesAsync(CancellationToken.None);
            await search.UpdateAsync([item.Id], CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            audit.Logged(entry);
            published++;
            await NotifyAsync("publish-scheduled", [ArticleFootprint.Of(article)]);
        }

        return published;
    }

    // Stories made elsewhere (sample content, an archive import, generated test data, tests), added as they are:
    // status, dates and counts kept; content tidied and rendered, slugs made unique, tags matched to existing ones,
    // short codes given, a first revision each, one audit entry, indexed, announced once. alongside: rows stored in the
    // same transaction (an importer's record of what it brought in, pointing at the stories).
    public async Task ImportAsync(IReadOnlyList<Article> articles, StaffMember? by, string details, CancellationToken cancellationToken,
        IReadOnlyList<object>? alongside = null)
    {
        if (articles.Count == 0)
        {
            return;
        }

        await composer.PrepareImportAsync(articles, cancellationToken);
        await ShortCodes.AssignAsync(db, articles, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        db.Articles.AddRange(articles);
        db.AddRange(alongside ?? []);
        await db.SaveChangesAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ArticleRevisions.AddRange(articles.Select(a => Snapshot(a, by, now)));
        var entry = audit.Add(by, "import", articles.Count == 1 ? articles[0].Id : null, $"{details} ({articles.Count})");
        await db.SaveChangesAsync(CancellationToken.None);
        await search.UpdateAsync([.. articles.Select(a => a.Id)], CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync("import", [.. articles.Select(ArticleFootprint.Of)]);
    }

    // Stories stored before short codes existed get theirs (at start); returns how many.
    public async Task<int> BackfillShortCodesAsync(CancellationToken cancellationToken)
    {
        var articles = await db.Articles.IgnoreQueryFilters().Include(a => a.Tags).Where(a => a.ShortCode == null).ToListAsync(cancellationToken);
        if (articles.Count == 0)
        {
            return 0;
        }

        await ShortCodes.AssignAsync(db, articles, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var entry = audit.Add(null, "short-codes", null, $"{articles.Count} stories");
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync("short-codes", [.. articles.Select(ArticleFootprint.Of)]);
        return articles.Count;
    }
}
