using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Articles;

public sealed class EditModel(NewsDbContext db, ArticleWorkflow workflow, MarkdownRenderer markdown, NewsDateFormatter dates,
    MediaStore media, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
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

            Input = ArticleInput.From(Existing, Existing.ScheduledAtUtc is { } s ? dates.LocalInput(s) : null);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, WorkflowAction action, IFormFile? upload, CancellationToken cancellationToken)
    {
        var article = id is null ? NewArticle() : await LoadAsync(id.Value, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Existing = id is null ? null : article;
        if (!Staff.May(action, article))
        {
            return Forbid();
        }

        if (upload is { Length: > 0 } && action != WorkflowAction.Delete)
        {
            await using var stream = upload.OpenReadStream();
            var uploaded = await media.SaveAsync(stream, upload.FileName, upload.Length, Staff.Id, cancellationToken);
            if (uploaded.Item is { } item)
            {
                Input.ImagePath = item.Path;
            }
            else
            {
                ModelState.AddModelError("upload", uploaded.Error!);
            }
        }

        await ValidateAsync(action, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        DateTime? scheduleUtc = action == WorkflowAction.Schedule ? dates.FromLocal(Input.ScheduleAt!.Value) : null;
        if (action != WorkflowAction.Delete)
        {
            await workflow.ApplyContentAsync(article, Input.ToContent(), cancellationToken);
        }

        if (id is not null)
        {
            // The version the editor opened: if someone saved since, SaveChanges finds no row and throws.
            db.Entry(article).Property(a => a.Version).OriginalValue = Input.Version;
        }

        try
        {
            await workflow.SaveAsync(article, action, Staff, scheduleUtc, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Articles.AsNoTracking().Where(a => a.Id == article.Id)
                .Select(a => new { a.Version, a.UpdatedAtUtc }).FirstOrDefaultAsync(cancellationToken);
            ModelState.AddModelError(string.Empty,
                "عدّل شخص آخر هذا الخبر بعد أن فتحته" + (current is null ? "" : $" (آخر حفظ {dates.ShortDate(current.UpdatedAtUtc)} {dates.Time(current.UpdatedAtUtc)})") +
                ". نصّك ما زال في النموذج أدناه ولم يُحفظ. راجع سجل المراجعات، ثم احفظ مجدداً إن أردت أن تحلّ نسختك محل النسخة الحالية.");
            Input.Version = current?.Version ?? Input.Version;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = Confirmation(action, article);
        return action == WorkflowAction.Delete ? RedirectToPage("/Admin/Articles/Index") : RedirectToPage(new { id = article.Id });
    }

    // The live preview: the same pipeline and template readers get, from the form as it is now.
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == Input.SectionId, cancellationToken)
            ?? new Section { Name = "بلا قسم", Slug = "none" };
        var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Input.AuthorId, cancellationToken)
            ?? new Author { Name = "—", Slug = "none" };
        var body = Input.BodyMarkdown ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var preview = new Article
        {
            Title = Input.Title ?? "",
            Standfirst = Input.Standfirst ?? "",
            Slug = "preview",
            BodyMarkdown = body,
            BodyHtml = markdown.ToHtml(body),
            WordCount = MarkdownRenderer.CountWords(body),
            Section = section,
            Author = author,
            Tags = [.. ArticleWorkflow.SplitTags(Input.Tags ?? "").Select(t => new Tag { Name = t, Slug = SlugGenerator.FromTitle(t) })],
            ImagePath = string.IsNullOrWhiteSpace(Input.ImagePath) ? null : Input.ImagePath,
            ImageWidth = Input.ImageWidth,
            ImageHeight = Input.ImageHeight,
            ImageAlt = Input.ImageAlt ?? "",
            ImageCaption = Input.ImageCaption ?? "",
            ImageCredit = Input.ImageCredit ?? "",
            UpdatedAtUtc = now,
            PublishedAtUtc = now,
        };
        return Partial("_ArticleView", new ArticleView(preview, 0, 0, section.GoogleNewsUrl ?? site.Value.GoogleNewsUrl ?? "", []));
    }

    private async Task ValidateAsync(WorkflowAction action, CancellationToken cancellationToken)
    {
        if (action == WorkflowAction.Delete)
        {
            ModelState.Clear();   // deleting needs no valid form
            return;
        }

        if (Input.SectionId is { } sectionId && !await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken))
        {
            ModelState.AddModelError("Input.SectionId", "القسم المختار غير موجود.");
        }

        if (Input.AuthorId is { } authorId && !await db.Authors.AnyAsync(a => a.Id == authorId, cancellationToken))
        {
            ModelState.AddModelError("Input.AuthorId", "الكاتب المختار غير موجود.");
        }

        if (Input.BodyMarkdown.Length > site.Value.MaxBodyLength)
        {
            ModelState.AddModelError("Input.BodyMarkdown",
                $"نص الخبر أطول من الحد المسموح ({site.Value.MaxBodyLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} حرف). اختصره أو قسّمه إلى خبرين.");
        }

        if (!string.IsNullOrWhiteSpace(Input.ImagePath) && string.IsNullOrWhiteSpace(Input.ImageAlt))
        {
            ModelState.AddModelError("Input.ImageAlt", "اكتب نصاً بديلاً يصف الصورة لمن لا يراها.");
        }

        if (action == WorkflowAction.Schedule)
        {
            if (Input.ScheduleAt is null)
            {
                ModelState.AddModelError("Input.ScheduleAt", "حدّد موعد النشر.");
            }
            else if (dates.FromLocal(Input.ScheduleAt.Value) <= clock.GetUtcNow().UtcDateTime)
            {
                ModelState.AddModelError("Input.ScheduleAt", "موعد النشر في الماضي. اختر وقتاً لاحقاً أو انشر الآن.");
            }
        }
    }

    private static string Confirmation(WorkflowAction action, Article article) => action switch
    {
        WorkflowAction.SubmitForReview => "أُرسل الخبر إلى المراجعة.",
        WorkflowAction.Publish => "نُشر الخبر.",
        WorkflowAction.Schedule => "جُدول الخبر للنشر.",
        WorkflowAction.Unpublish => "أُلغي نشر الخبر.",
        WorkflowAction.Delete => $"حُذف الخبر «{article.Title}».",
        _ => "حُفظ الخبر.",
    };

    private static Article NewArticle() => new() { Title = "", Slug = "", BodyMarkdown = "" };

    private Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Tags).Include(a => a.Section).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ToListAsync(cancellationToken);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var library = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).Take(200)
            .Select(m => new { m.Hash, m.OriginalFileName }).ToListAsync(cancellationToken);
        var used = await db.Articles.AsNoTracking().Where(a => a.ImagePath != null && a.ImagePath.StartsWith("/img/"))
            .Select(a => a.ImagePath!).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        Images = [.. library.Select(m => (MediaFiles.Master(m.Hash), m.OriginalFileName)), .. used.Select(p => (p, p))];
    }
}
