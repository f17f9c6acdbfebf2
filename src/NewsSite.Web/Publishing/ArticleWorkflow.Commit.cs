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
    private async Task<WorkflowResult> TryCommitAsync(Article article, ArticleFootprint before, string action, StaffMember by, RevisionKind? revision,
        string? details, CancellationToken cancellationToken)
    {
        // On PostgreSQL several saves with one title really run at once, each finding the same next free slug: one wins
        // each round, so there are enough rounds for a burst of identical headlines.
        var wanted = article.Slug;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitAsync(article, before, action, by, revision, details);
                return WorkflowResult.Done(article);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new WorkflowResult(WorkflowOutcome.Conflict, article) { Conflict = await ConflictAsync(article.Id, cancellationToken) };
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                if (attempt < 10 && await SlugTakenAsync(article, cancellationToken))
                {
                    article.Slug = await filing.UniqueSlugAsync(wanted, article.Id, cancellationToken);
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
    private async Task CommitAsync(Article article, ArticleFootprint before, string action, StaffMember by, RevisionKind? revision, string? details = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);   // a new article gets its id here, for the revision
        if (revision is not null)
        {
            var snapshot = Snapshot(article, by, article.UpdatedAtUtc);
            (snapshot.ChangeKind, snapshot.Note) = (revision.Change, revision.Note);
            db.ArticleRevisions.Add(snapshot);
        }

        var entry = audit.Add(by, action, article.Id, details ?? $"{article.Status}: {article.Content.Title}");
        await db.SaveChangesAsync(CancellationToken.None);
        await search.UpdateAsync([article.Id], CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync(action, [before, ArticleFootprint.Of(article)]);
    }

    private Task NotifyAsync(string action, IReadOnlyList<ArticleFootprint> footprints) =>
        notifier.NotifyAsync(ArticleFootprint.Change(action, footprints));

    private async Task<EditConflict?> ConflictAsync(int articleId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Version, a.UpdatedAtUtc }).FirstOrDefaultAsync(cancellationToken);
        return current is null ? null : new EditConflict(current.Version, current.UpdatedAtUtc);
    }

    // What kind of save a revision records (shown in the history), with a correction's note.
    private sealed record RevisionKind(ChangeKind Change, string? Note);

    private static ArticleRevision Snapshot(Article article, StaffMember? by, DateTime savedAtUtc) => new()
    {
        ArticleId = article.Id,
        Content = article.Content,
        Slug = article.Slug,
        SectionId = article.SectionId,
        AuthorId = article.AuthorId,
        Bylines = string.Join(',', ArticleDraft.BylineIds(article)),
        Tags = ArticleDraft.JoinTags(article.Tags.Select(t => t.Name)),
        Status = article.Status,
        SavedById = by?.Id,
        SavedByName = by?.Name ?? AuditTrail.SystemName,
        SavedAtUtc = savedAtUtc,
    };
}
