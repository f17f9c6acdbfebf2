using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
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

    // Side by side (two columns, before and after) or inline (one text with deletions and insertions).
    public bool SideBySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, string? view, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!StaffMember.From(User).CanSee(Article))
        {
            return Forbid();
        }

        SideBySide = view == "side";

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
        var segments = WordDiff.Compare(before, after);
        return new FieldDiff(field, WordDiff.Changed(segments), segments);
    }

    public sealed record FieldDiff(string Field, bool Changed, IReadOnlyList<DiffSegment> Segments);

    // The segments as HTML, every text encoded, with no whitespace of the page's own (the text keeps its line breaks):
    // without the pieces of one kind (Inserted for the "before" column, Deleted for "after", null for inline).
    public static IHtmlContent Html(IReadOnlyList<DiffSegment> segments, DiffKind? leaveOut)
    {
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        foreach (var segment in segments.Where(s => s.Kind != leaveOut))
        {
            html.Append(segment.Kind switch
            {
                DiffKind.Deleted => $"<del>{encoder.Encode(segment.Text)}</del>",
                DiffKind.Inserted => $"<ins>{encoder.Encode(segment.Text)}</ins>",
                DiffKind.Retouched when leaveOut == DiffKind.Inserted => $"<mark class=\"diff__touch\">{encoder.Encode(segment.Before ?? "")}</mark>",
                DiffKind.Retouched => $"<mark class=\"diff__touch\" title=\"{encoder.Encode("كانت: " + segment.Before)}\">{encoder.Encode(segment.Text)}</mark>",
                _ => encoder.Encode(segment.Text),
            });
        }

        return new HtmlString(html.ToString());
    }
}
