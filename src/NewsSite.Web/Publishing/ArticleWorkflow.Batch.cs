using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// The actions nobody presses a button for: the scheduled publisher firing, and stories brought in from elsewhere.
public sealed partial class ArticleWorkflow
{
    // Publishes everything due, exactly once: the conditional UPDATE only moves rows still Scheduled, so a second
    // node or a second tick finds nothing left to do.
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAtUtc <= now)
            .Select(a => new { a.Id, a.ScheduledAtUtc }).ToListAsync(cancellationToken);
        var published = new List<int>();
        foreach (var item in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await db.Articles
                .Where(a => a.Id == item.Id && a.Status == ArticleStatus.Scheduled && a.ScheduledAtUtc <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, ArticleStatus.Published)
                    .SetProperty(a => a.PublishedAtUtc, a => a.PublishedAtUtc ?? a.ScheduledAtUtc)
                    .SetProperty(a => a.UpdatedAtUtc, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
            if (changed == 1)
            {
                var entry = audit.Add(null, "publish-scheduled", item.Id, $"scheduled for {item.ScheduledAtUtc:O}");
                await db.SaveChangesAsync(CancellationToken.None);
                await search.UpdateAsync([item.Id], CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                audit.Logged(entry);
                published.Add(item.Id);
            }
        }

        if (published.Count > 0)
        {
            var footprints = await db.Articles.AsNoTracking().Where(a => published.Contains(a.Id)).Include(a => a.Tags)
                .ToListAsync(CancellationToken.None);
            await NotifyAsync("publish-scheduled", [.. footprints.Select(ArticleFootprint.Of)]);
        }

        return published.Count;
    }

    // Stories made elsewhere (sample content, an archive import, generated test data, tests), added as they are:
    // status, dates and counts kept; body rendered, short codes given, a first revision, one audit entry, indexed.
    public async Task ImportAsync(IReadOnlyList<Article> articles, StaffMember? by, string details, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        foreach (var article in articles)
        {
            composer.Render(article);
        }

        await ShortCodes.AssignAsync(db, articles, cancellationToken);
        db.Articles.AddRange(articles);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ArticleRevisions.AddRange(articles.Select(a => Snapshot(a, by, now)));
        var entry = audit.Add(by, "import", articles.Count == 1 ? articles[0].Id : null, details);
        await db.SaveChangesAsync(CancellationToken.None);
        await search.UpdateAsync([.. articles.Select(a => a.Id)], CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync("import", [.. articles.Select(ArticleFootprint.Of)]);
    }
}
