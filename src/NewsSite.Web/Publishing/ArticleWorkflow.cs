using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Search;

namespace NewsSite.Web.Publishing;

// The one place every editorial change goes through: content, status transitions, a revision per save and the
// audit trail. (Later: the place that evicts cached pages by tag.)
public sealed class ArticleWorkflow(NewsDbContext db, MarkdownRenderer markdown, SearchIndexer search, TimeProvider clock, ILogger<ArticleWorkflow> logger)
{
    public async Task ApplyContentAsync(Article article, ArticleContent content, CancellationToken cancellationToken)
    {
        article.Title = content.Title.Trim();
        article.Standfirst = content.Standfirst.Trim();
        article.BodyMarkdown = content.BodyMarkdown;
        article.BodyHtml = markdown.ToHtml(content.BodyMarkdown);
        article.WordCount = MarkdownRenderer.CountWords(content.BodyMarkdown);
        article.SectionId = content.SectionId;
        article.AuthorId = content.AuthorId;
        article.ImagePath = string.IsNullOrWhiteSpace(content.ImagePath) ? null : content.ImagePath;
        article.ImageWidth = content.ImageWidth;
        article.ImageHeight = content.ImageHeight;
        if (MediaFiles.HashOf(article.ImagePath) is { } hash
            && await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Hash == hash, cancellationToken) is { } item)
        {
            (article.ImageWidth, article.ImageHeight) = (item.Width, item.Height);
        }
        article.ImageAlt = content.ImageAlt.Trim();
        article.ImageCaption = content.ImageCaption.Trim();
        article.ImageCredit = content.ImageCredit.Trim();
        article.SeoTitle = string.IsNullOrWhiteSpace(content.SeoTitle) ? null : content.SeoTitle.Trim();
        article.SeoDescription = string.IsNullOrWhiteSpace(content.SeoDescription) ? null : content.SeoDescription.Trim();

        var wanted = SlugGenerator.FromTitle(string.IsNullOrWhiteSpace(content.Slug) ? content.Title : content.Slug);
        article.Slug = await UniqueSlugAsync(string.IsNullOrEmpty(wanted) ? "خبر" : wanted, article.Id, cancellationToken);
        article.Tags = await ResolveTagsAsync(content.Tags, cancellationToken);
    }

    // Applies the action, stores a revision and an audit entry, and saves. A stale Version throws
    // DbUpdateConcurrencyException, which the editor page turns into a conflict message.
    public async Task SaveAsync(Article article, WorkflowAction action, StaffMember by, DateTime? scheduleUtc, CancellationToken cancellationToken)
    {
        if (!by.May(action, article))
        {
            throw new UnauthorizedAccessException($"{by.Name} may not {action} article {article.Id}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = article.Id == 0;
        if (isNew)
        {
            article.CreatedAtUtc = now;
            article.CreatedById = by.Id;
            article.Status = ArticleStatus.Draft;
            db.Articles.Add(article);
        }

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
                article.ScheduledAtUtc = scheduleUtc ?? throw new ArgumentNullException(nameof(scheduleUtc));
                break;
            case WorkflowAction.Unpublish:
                article.Status = ArticleStatus.Unpublished;
                article.ScheduledAtUtc = null;
                break;
            case WorkflowAction.Delete:
                article.DeletedAtUtc = now;
                break;
        }

        article.UpdatedAtUtc = now;
        article.Version++;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);   // a new article gets its id here, for the revision
        if (action != WorkflowAction.Delete)
        {
            db.ArticleRevisions.Add(Snapshot(article, by, now));
        }

        await AuditAsync(by, isNew ? "create" : AuditName(action), article.Id, $"{article.Status}: {article.Title}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RestoreAsync(Article article, ArticleRevision revision, StaffMember by, CancellationToken cancellationToken)
    {
        var content = new ArticleContent(revision.Title, revision.Standfirst, revision.Slug, revision.BodyMarkdown,
            revision.SectionId, revision.AuthorId, SplitTags(revision.Tags), revision.ImagePath, article.ImageWidth, article.ImageHeight,
            revision.ImageAlt, revision.ImageCaption, revision.ImageCredit, revision.SeoTitle, revision.SeoDescription);
        await ApplyContentAsync(article, content, cancellationToken);
        await SaveAsync(article, WorkflowAction.Save, by, null, cancellationToken);
        await AuditAsync(by, "restore", article.Id, $"revision {revision.Id}", cancellationToken);
    }

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
            var changed = await db.Articles
                .Where(a => a.Id == item.Id && a.Status == ArticleStatus.Scheduled && a.ScheduledAtUtc <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, ArticleStatus.Published)
                    .SetProperty(a => a.PublishedAtUtc, a => a.PublishedAtUtc ?? a.ScheduledAtUtc)
                    .SetProperty(a => a.UpdatedAtUtc, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
            if (changed == 1)
            {
                published.Add(item.Id);
                await AuditAsync(null, "publish-scheduled", item.Id, $"scheduled for {item.ScheduledAtUtc:O}", cancellationToken);
            }
        }

        // ExecuteUpdate bypasses the SaveChanges interceptor that keeps search in step: update it here.
        if (published.Count > 0)
        {
            await search.UpdateAsync(published, cancellationToken);
        }

        return published.Count;
    }

    public async Task AuditAsync(StaffMember? by, string action, int? articleId, string details, CancellationToken cancellationToken)
    {
        var userName = by?.Name ?? "النظام";
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = by?.Id,
            UserName = userName,
            Action = action,
            ArticleId = articleId,
            Details = details.Length > 1000 ? details[..1000] : details,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.Audit(userName, action, articleId, details);
    }

    public static IReadOnlyList<string> SplitTags(string tags) =>
        [.. tags.Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

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

    private static ArticleRevision Snapshot(Article article, StaffMember by, DateTime now) => new()
    {
        Title = article.Title,
        Standfirst = article.Standfirst,
        Slug = article.Slug,
        BodyMarkdown = article.BodyMarkdown,
        SectionId = article.SectionId,
        AuthorId = article.AuthorId,
        Tags = string.Join("، ", article.Tags.Select(t => t.Name)),
        ImagePath = article.ImagePath,
        ImageAlt = article.ImageAlt,
        ImageCaption = article.ImageCaption,
        ImageCredit = article.ImageCredit,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        Status = article.Status,
        SavedById = by.Id,
        SavedByName = by.Name,
        SavedAtUtc = now,
        ArticleId = article.Id,
    };

    private async Task<string> UniqueSlugAsync(string slug, int articleId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Articles.IgnoreQueryFilters().AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private async Task<List<Tag>> ResolveTagsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var slugs = names.Select(n => (Name: n.Trim(), Slug: SlugGenerator.FromTitle(n))).Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug).ToList();
        var wanted = slugs.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => wanted.Contains(t.Slug)).ToListAsync(cancellationToken);
        return [.. slugs.Select(t => existing.FirstOrDefault(e => e.Slug == t.Slug) ?? new Tag { Name = t.Name, Slug = t.Slug })];
    }
}
