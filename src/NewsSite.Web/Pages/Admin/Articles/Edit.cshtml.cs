using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Articles;

// The editor: bind the form, hand it to the workflow, show what came of it. The rules live in Publishing.
public sealed class EditModel(NewsDbContext db, ArticleWorkflow workflow, NewsDateFormatter dates, MediaStore media, IOptions<SiteOptions> site)
    : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    public Article? Existing { get; private set; }
    public StaffMember Staff => StaffMember.From(User);
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<Author> Authors { get; private set; } = [];
    public IReadOnlyList<(string Path, string Label)> Images { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await LoadAsync(id.Value, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            if (!Staff.CanEdit(Existing))
            {
                return Forbid();
            }

            var schedule = Existing.ScheduledAtUtc is { } s ? DateTime.Parse(dates.LocalInput(s), CultureInfo.InvariantCulture) : (DateTime?)null;
            Input = ArticleInput.From(Existing, schedule);
        }
        else
        {
            // A new story carries its writer's own byline to start with.
            var staffId = Staff.Id;
            Input.AuthorId = await db.Authors.Where(a => a.UserId == staffId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return await FormAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, WorkflowAction action, IFormFile? upload, CancellationToken cancellationToken)
    {
        // Who may do what is the workflow's to decide; asking first keeps a refused request from storing an upload or
        // showing someone else's story in a re-rendered form.
        if (id is { } articleId)
        {
            Existing = await LoadAsync(articleId, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
        }

        if (!Staff.May(action, Existing ?? new Article { Slug = "" }))
        {
            return Forbid();
        }

        if (action == WorkflowAction.Delete)
        {
            ModelState.Clear();   // deleting needs no valid form
        }
        else if (upload is { Length: > 0 })
        {
            await using var stream = upload.OpenReadStream();
            var uploaded = await media.SaveAsync(stream, upload.FileName, upload.Length, Staff.Id, cancellationToken);
            if (uploaded.Item is { } item)
            {
                Input.ImagePath = MediaFiles.MasterUrl(item.Hash);
            }
            else
            {
                ModelState.AddModelError("upload", uploaded.Error!);
            }
        }

        var scheduleUtc = action == WorkflowAction.Schedule && Input.ScheduleAt is { } local ? dates.FromLocal(local) : (DateTime?)null;
        var edit = new ArticleEdit(id, Input.Version, Input.ToDraft(), action, scheduleUtc)
        {
            Change = Input.ChangeKind,
            CorrectionNote = Input.CorrectionNote,
        };
        if (!ModelState.IsValid)
        {
            // Every mistake at once: the form's own and the workflow's (a section that no longer exists …).
            AddErrors(await workflow.ValidateAsync(edit, cancellationToken));
            return await FormAsync(id, cancellationToken);
        }

        var result = await workflow.SaveAsync(edit, Staff, cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.Invalid:
                AddErrors(result.Errors);
                return await FormAsync(id, cancellationToken);
            case WorkflowOutcome.Conflict:
                ModelState.AddModelError(string.Empty, ConflictMessage(result.Conflict));
                Input.Version = result.Conflict?.CurrentVersion ?? Input.Version;
                return await FormAsync(id, cancellationToken);
            case WorkflowOutcome.Failed:
                ModelState.AddModelError(string.Empty,
                    "تعذّر حفظ الخبر الآن بسبب عطل في الخادم. نصّك ما زال في النموذج أدناه ولم يضِع؛ حاول الحفظ مجدداً بعد لحظات.");
                return await FormAsync(id, cancellationToken);
        }

        TempData["Message"] = Confirmation(action, result.Article!);
        return action == WorkflowAction.Delete ? RedirectToPage("/Admin/Articles/Index") : RedirectToPage(new { id = result.Article!.Id });
    }

    // A live story's next update, from the form under the editor.
    public async Task<IActionResult> OnPostLiveUpdateAsync(int id, string? liveUpdate, CancellationToken cancellationToken)
    {
        var result = await workflow.AddLiveUpdateAsync(id, liveUpdate ?? "", Staff, cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.Invalid:
                TempData["LiveUpdateError"] = result.Errors.Values.First();
                TempData["LiveUpdate"] = liveUpdate;   // the text comes back, nothing typed is lost
                break;
            default:
                TempData["Message"] = "نُشر التحديث في التغطية المباشرة.";
                break;
        }

        return RedirectToPage(new { id });
    }

    // The live preview: the same composer and template readers get, from the form as it is now, checked as a save
    // would be. A body over the length limit is not rendered at all; every mistake is listed above the preview.
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var draft = Input.ToDraft();
        AddErrors(await workflow.ValidateAsync(new ArticleEdit(null, 0, draft, WorkflowAction.Save), cancellationToken));
        var tooLong = draft.Content.BodyMarkdown.Length > site.Value.MaxBodyLength;
        var article = tooLong ? null : await workflow.PreviewAsync(draft, cancellationToken);
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct().ToList();
        return Partial("_EditorPreview", new EditorPreview(article is null ? null : ArticleView.Preview(article, site.Value), errors));
    }

    private void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            var key = $"{nameof(Input)}.{field}";
            if (ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, message);
            }
        }
    }

    private string ConflictMessage(EditConflict? conflict) =>
        "عدّل شخص آخر هذا الخبر بعد أن فتحته"
        + (conflict is null ? "" : $" (آخر حفظ {dates.ShortDate(conflict.SavedAtUtc)} {dates.Time(conflict.SavedAtUtc)})")
        + ". نصّك ما زال في النموذج أدناه ولم يُحفظ. راجع سجل المراجعات، ثم احفظ مجدداً إن أردت أن تحلّ نسختك محل النسخة الحالية.";

    private static string Confirmation(WorkflowAction action, Article article) => action switch
    {
        WorkflowAction.SubmitForReview => "أُرسل الخبر إلى المراجعة.",
        WorkflowAction.Publish => "نُشر الخبر.",
        WorkflowAction.Schedule => "جُدول الخبر للنشر.",
        WorkflowAction.Unpublish => "أُلغي نشر الخبر.",
        WorkflowAction.Delete => $"حُذف الخبر «{article.Content.Title}».",
        _ => "حُفظ الخبر.",
    };

    private Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Bylines).Include(a => a.Section)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    // The form again (first view, or after a refusal with everything typed kept), with its choices.
    private async Task<PageResult> FormAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } articleId && Existing is null)
        {
            Existing = await LoadAsync(articleId, cancellationToken);
        }

        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ToListAsync(cancellationToken);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var library = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).Take(200)
            .Select(m => new { m.Hash, m.OriginalFileName }).ToListAsync(cancellationToken);
        var used = await db.Articles.AsNoTracking().Where(a => a.Content.ImagePath != null && a.Content.ImagePath.StartsWith("/img/"))
            .Select(a => a.Content.ImagePath!).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        Images = [.. library.Select(m => (MediaFiles.MasterUrl(m.Hash), m.OriginalFileName)), .. used.Select(p => (p, p))];
        return Page();
    }
}
