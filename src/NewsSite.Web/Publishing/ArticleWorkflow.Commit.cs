using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// How an action is written down: the article, its revision, the audit entry and the search index in one transaction,
// then one notification to the listeners.
public sealed partial class ArticleWorkflow
{
    // Commits, and turns what the database refused into an answer: someone saved in between (a conflict), another
    // story took the same slug a moment ago (a new slug, tried again), or the store failed (Failed: the editor keeps
    // their text and reads why). An editor's save never ends in an error page.
    private async Task<WorkflowResult> TryCommitAsync(Article article, ArticleFootprint before, string action, StaffMember by, bool keepRevision,
        string? details, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitAsync(article, before, action, by, keepRevision, details);
                return WorkflowResult.Done(article);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new WorkflowResult(WorkflowOutcome.Conflict, article) { Conflict = await ConflictAsync(article.Id, cancellationToken) };
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                if (attempt < 3 && await SlugTakenAsync(article, cancellationToken))
                {
                    article.Slug = await filing.UniqueSlugAsync(article.Slug, article.Id, cancellationToken);
                    continue;
                }

                logger.SaveFailed(ex, article.Id, action);
                db.ChangeTracker.Clear();
                return new WorkflowResult(WorkflowOutcome.Failed, article);
            }
        }
    }

    private Task<bool> SlugTakenAsync(Article article, CancellationToken cancellationToken) =>
        db.Articles.IgnoreQueryFilters().AsNoTracking().AnyAsync(a => a.Slug == article.Slug && a.Id != article.Id, cancellationToken);

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
