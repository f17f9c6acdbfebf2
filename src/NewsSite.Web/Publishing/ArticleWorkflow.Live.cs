using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Live coverage: an editor adds a timestamped update to a live story; it tops the story's page at once, and the
// story counts as updated ("آخر تحديث", dateModified).
public sealed partial class ArticleWorkflow
{
    public const int MaxLiveUpdateLength = 5000;

    public async Task<WorkflowResult> AddLiveUpdateAsync(int articleId, string markdown, StaffMember by, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(articleId, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.NotFound;
        }

        if (!by.CanPublish)
        {
            return WorkflowResult.Forbidden;
        }

        var text = Markdown.ControlCharacters.Lines(markdown ?? "").Trim();
        var error = !article.IsLive ? "هذا الخبر ليس تغطية مباشرة: فعّل «تغطية مباشرة» واحفظ أولاً."
            : text.Length == 0 ? "اكتب نص التحديث."
            : text.Length > MaxLiveUpdateLength ? "نص التحديث أطول من 5000 حرف."
            : composer.ExternalImages(text) is [var external, ..] ? $"في التحديث صورة من موقع آخر ({external}): ارفعها إلى مكتبة الصور."
            : null;
        if (error is not null)
        {
            return WorkflowResult.Invalid(new Dictionary<string, string> { ["LiveUpdate"] = error });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var update = new LiveUpdate { ArticleId = article.Id, PostedAtUtc = now, BodyMarkdown = text, BodyHtml = composer.RenderHtml(text), PostedByName = by.Name };
        db.LiveUpdates.Add(update);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var entry = audit.Add(by, "live-update", article.Id, text.Length > 200 ? text[..200] : text);
        await db.SaveChangesAsync(CancellationToken.None);
        // Not through the tracked article: an editor's open form keeps its version (an update is no edit conflict).
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.UpdatedAtUtc, now).SetProperty(a => a.ModifiedAtUtc, now), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        audit.Logged(entry);
        await NotifyAsync("live-update", [ArticleFootprint.Of(article)]);
        return WorkflowResult.Done(article);
    }
}
