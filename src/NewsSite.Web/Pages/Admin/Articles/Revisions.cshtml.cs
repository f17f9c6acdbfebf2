using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Articles;

public sealed class RevisionsModel(NewsDbContext db, ArticleWorkflow workflow) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];
    public ArticleRevision? From { get; private set; }
    public ArticleRevision? To { get; private set; }
    public IReadOnlyList<FieldDiff> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!StaffMember.From(User).CanSee(Article))
        {
            return Forbid();
        }

        // By default: the latest save against the one before it.
        To = to is null ? (Revisions.Count > 0 ? Revisions[0] : null) : Revisions.FirstOrDefault(r => r.Id == to);
        From = from is null ? Revisions.SkipWhile(r => r != To).Skip(1).FirstOrDefault() : Revisions.FirstOrDefault(r => r.Id == from);
        if (From is not null && To is not null)
        {
            Diff =
            [
                Compare("العنوان", From.Content.Title, To.Content.Title),
                Compare("الموجز", From.Content.Standfirst, To.Content.Standfirst),
                Compare("الرابط", From.Slug, To.Slug),
                Compare("الوسوم", From.Tags, To.Tags),
                Compare("الصورة", Picture(From.Content), Picture(To.Content)),
                Compare("نص الخبر", From.Content.BodyMarkdown, To.Content.BodyMarkdown),
            ];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revisionId, CancellationToken cancellationToken)
    {
        var result = await workflow.RestoreAsync(id, revisionId, StaffMember.From(User), cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.Invalid:
                TempData["Message"] = "تعذّرت استعادة هذه المراجعة: " + string.Join(" ", result.Errors.Values);
                return RedirectToPage(new { id });
            case WorkflowOutcome.Conflict or WorkflowOutcome.Failed:
                TempData["Message"] = "تعذّرت استعادة المراجعة الآن لأن الخبر تغيّر في اللحظة نفسها أو لعطل في الخادم. لم يتغير شيء؛ حاول مجدداً.";
                return RedirectToPage(new { id });
        }

        TempData["Message"] = "استُعيدت المراجعة وحُفظت كمراجعة جديدة.";
        return RedirectToPage("/Admin/Articles/Edit", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        return true;
    }

    private static string Picture(ArticleContent c) => $"{c.ImagePath}\n{c.ImageAlt}\n{c.ImageCaption}\n{c.ImageCredit}";

    private static FieldDiff Compare(string field, string? before, string? after)
    {
        var model = InlineDiffBuilder.Diff(before ?? "", after ?? "");
        return new FieldDiff(field, model.HasDifferences, model.Lines);
    }

    public sealed record FieldDiff(string Field, bool Changed, IReadOnlyList<DiffPiece> Lines);
}
