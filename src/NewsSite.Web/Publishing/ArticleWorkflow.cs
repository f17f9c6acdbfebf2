using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Search;

namespace NewsSite.Web.Publishing;

// The only way an article changes: create, edit, submit, publish, schedule, unpublish, delete, restore a revision,
// publish what fell due, import. Each action is one transaction (the article, its revision, the audit entry and the
// search index) and, once committed, one ArticlesChanged notification to every IArticleChangeListener.
public sealed partial class ArticleWorkflow(
    NewsDbContext db,
    ArticleComposer composer,
    SlugsAndTags filing,
    SearchIndexer search,
    AuditTrail audit,
    ChangeNotifier notifier,
    TimeProvider clock,
    ILogger<ArticleWorkflow> logger)
{
    public async Task<WorkflowResult> SaveAsync(ArticleEdit edit, StaffMember by, CancellationToken cancellationToken)
    {
        if (edit.Action == WorkflowAction.Delete)
        {
            return edit.ArticleId is { } id ? await DeleteAsync(id, by, cancellationToken, edit.ExpectedVersion) : WorkflowResult.NotFound;
        }

        var article = edit.ArticleId is { } existing ? await LoadAsync(existing, cancellationToken) : new Article { Slug = "" };
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }

        if (!by.May(edit.Action, article))
        {
            return WorkflowResult.Forbidden;
        }

        var errors = await ValidateAsync(edit, cancellationToken);
        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = ArticleFootprint.Of(article);
        var wasPublished = article.Status == ArticleStatus.Published;
        await composer.ApplyAsync(article, edit.Draft, cancellationToken);
        var isNew = article.Id == 0;
        if (isNew)
        {
            article.CreatedAtUtc = now;
            article.CreatedById = by.Id;
            article.Status = ArticleStatus.Draft;
            await ShortCodes.AssignAsync(db, [article], cancellationToken);
            db.Articles.Add(article);
        }
        else
        {
            // The version the editor opened: if someone saved since, the UPDATE finds no row and EF throws.
            db.Entry(article).Property(a => a.Version).OriginalValue = edit.ExpectedVersion;
        }

        Transition(article, edit.Action, edit.ScheduleAtUtc, now);
        var change = wasPublished && article.Status == ArticleStatus.Published ? edit.Change : ChangeKind.Minor;
        if (change != ChangeKind.Minor)
        {
            article.ModifiedAtUtc = now;   // "آخر تحديث" and dateModified move only for what readers should know about
        }

        if (change == ChangeKind.Correction)
        {
            article.Corrections.Add(new Correction { AtUtc = now, Note = edit.CorrectionNote!.Trim() });
        }

        var kind = new RevisionKind(change, change == ChangeKind.Correction ? edit.CorrectionNote!.Trim() : null);
        return await TryCommitAsync(article, before, isNew ? "create" : AuditName(edit.Action), by, kind, null, cancellationToken);
    }

    // What would stop SaveAsync, in Arabic by field (Title, SectionId, ScheduleAt …); nothing is saved.
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(ArticleEdit edit, CancellationToken cancellationToken)
    {
        var errors = await composer.ValidateAsync(edit.Draft, cancellationToken);
        if (edit.Change == ChangeKind.Correction && string.IsNullOrWhiteSpace(edit.CorrectionNote))
        {
            errors["CorrectionNote"] = "اكتب نص التصحيح كما سيقرؤه القراء في أسفل الخبر.";
        }

        if (edit.Action == WorkflowAction.Schedule && edit.ScheduleAtUtc is null)
        {
            errors["ScheduleAt"] = "حدّد موعد النشر.";
        }
        else if (edit.Action == WorkflowAction.Schedule && edit.ScheduleAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            errors["ScheduleAt"] = "موعد النشر في الماضي. اختر وقتاً لاحقاً أو انشر الآن.";
        }

        return errors;
    }

    // Deleting is soft: the story leaves every page, feed and the index, and stays in the database with its history.
    // With the version the editor saw (from the editor form), deleting a story someone changed meanwhile is a conflict.
    public async Task<WorkflowResult> DeleteAsync(int articleId, StaffMember by, CancellationToken cancellationToken, int? expectedVersion = null)
    {
        var article = await LoadAsync(articleId, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }

        if (!by.May(WorkflowAction.Delete, article))
        {
            return WorkflowResult.Forbidden;
        }

        if (expectedVersion is { } version)
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = version;
        }

        var before = ArticleFootprint.Of(article);
        var now = clock.GetUtcNow().UtcDateTime;
        article.DeletedAtUtc = now;
        article.UpdatedAtUtc = now;
        article.Version++;
        return await TryCommitAsync(article, before, "delete", by, null, null, cancellationToken);
    }

    // The revision's content becomes the article's again, saved as a new revision (nothing in the history is lost).
    public async Task<WorkflowResult> RestoreAsync(int articleId, int revisionId, StaffMember by, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(articleId, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == articleId, cancellationToken);
        if (article is null || revision is null)
        {
            return WorkflowResult.NotFound;
        }

        if (!by.CanEdit(article))
        {
            return WorkflowResult.Forbidden;
        }

        var draft = ArticleDraft.Of(revision);
        var errors = await composer.ValidateAsync(draft, cancellationToken, strict: false);
        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid(errors);
        }

        var before = ArticleFootprint.Of(article);
        await composer.ApplyAsync(article, draft, cancellationToken);
        Transition(article, WorkflowAction.Save, null, clock.GetUtcNow().UtcDateTime);
        return await TryCommitAsync(article, before, "restore", by, new RevisionKind(ChangeKind.Update, null), $"revision {revisionId}", cancellationToken);
    }

    public Task<Article> PreviewAsync(ArticleDraft draft, CancellationToken cancellationToken) =>
        composer.PreviewAsync(draft, clock.GetUtcNow().UtcDateTime, cancellationToken);

    // One statement for the story with its tags and bylines: a story has a few of each, so their product is a handful
    // of rows (said, so EF does not warn that it chose for us the first time an editor saves or deletes).
    private Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Tags).Include(a => a.Bylines).AsSingleQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static void Transition(Article article, WorkflowAction action, DateTime? scheduleUtc, DateTime now)
    {
        switch (action)
        {
            case WorkflowAction.SubmitForReview:
                article.Status = ArticleStatus.InReview;
                break;
            case WorkflowAction.Publish:
                article.Status = ArticleStatus.Published;
                article.PublishedAtUtc ??= now;
                article.ScheduledAtUtc = null;
                break;
            case WorkflowAction.Schedule:
                article.Status = ArticleStatus.Scheduled;
                article.ScheduledAtUtc = scheduleUtc;
                break;
            case WorkflowAction.Unpublish:
                article.Status = ArticleStatus.Unpublished;
                article.ScheduledAtUtc = null;
                break;
        }

        article.UpdatedAtUtc = now;
        article.Version++;
    }

    private static string AuditName(WorkflowAction action) => action switch
    {
        WorkflowAction.Save => "edit",
        WorkflowAction.SubmitForReview => "submit",
        WorkflowAction.Publish => "publish",
        WorkflowAction.Schedule => "schedule",
        WorkflowAction.Unpublish => "unpublish",
        WorkflowAction.Delete => "delete",
        _ => action.ToString(),
    };
}
