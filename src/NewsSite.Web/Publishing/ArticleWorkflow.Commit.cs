using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// How an action is written down: the article, its revision, the audit entry and the search index in one transaction,
// then one notification to the listeners.
public sealed partial class ArticleWorkflow
{
    // From the first write on, nothing listens to cancellation: an editor's save that has started is finished, never
    // left half done because the browser went away.
    private async Task CommitAsync(Article article, ArticleFootprint before, string action, StaffMember by, bool keepRevision, string? details = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);   // a new article gets its id here, for the revision
        if (keepRevision)
        {
            db.ArticleRevisions.Add(Snapshot(article, by, article.UpdatedAtUtc));
        }

        var entry = audit.Add(by, action, article.Id, details ?? $"{article.Status}: {article.Content.Title}");
        await db.SaveChangesAsync(CancellationToken.None);
        await search.UpdateAsync([article.Id], CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync(action, [before, ArticleFootprint.Of(article)]);
    }

    private async Task NotifyAsync(string action, IReadOnlyList<ArticleFootprint> footprints)
    {
        var change = ArticleFootprint.Change(action, footprints);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.ArticlesChangedAsync(change, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.ChangeListenerFailed(ex, listener.GetType().Name, action);
            }
        }
    }

    private async Task<EditConflict?> ConflictAsync(int articleId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Version, a.UpdatedAtUtc }).FirstOrDefaultAsync(cancellationToken);
        return current is null ? null : new EditConflict(current.Version, current.UpdatedAtUtc);
    }

    private static ArticleRevision Snapshot(Article article, StaffMember? by, DateTime savedAtUtc) => new()
    {
        ArticleId = article.Id,
        Content = article.Content,
        Slug = article.Slug,
        SectionId = article.SectionId,
        AuthorId = article.AuthorId,
        Tags = ArticleDraft.JoinTags(article.Tags.Select(t => t.Name)),
        Status = article.Status,
        SavedById = by?.Id,
        SavedByName = by?.Name ?? AuditTrail.SystemName,
        SavedAtUtc = savedAtUtc,
    };
}
