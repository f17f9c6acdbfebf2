using System.ComponentModel.DataAnnotations;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Articles;

// The editor form. Bound instead of the entity; every message is Arabic, and on any error the page shows the form
// again with everything the author typed.
public sealed class ArticleInput
{
    [Required(ErrorMessage = "العنوان مطلوب.")]
    [StringLength(200, ErrorMessage = "العنوان أطول من 200 حرف.")]
    [Display(Name = "العنوان")]
    public string Title { get; set; } = "";

    [StringLength(500, ErrorMessage = "الموجز أطول من 500 حرف.")]
    [Display(Name = "الموجز")]
    public string? Standfirst { get; set; }

    [StringLength(200, ErrorMessage = "الرابط المختصر أطول من 200 حرف.")]
    [Display(Name = "الرابط (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "نص الخبر مطلوب.")]
    [Display(Name = "نص الخبر (Markdown)")]
    public string BodyMarkdown { get; set; } = "";

    [Required(ErrorMessage = "اختر القسم.")]
    [Display(Name = "القسم")]
    public int? SectionId { get; set; }

    [Required(ErrorMessage = "اختر الكاتب.")]
    [Display(Name = "الكاتب")]
    public int? AuthorId { get; set; }

    // Further bylines, in order after AuthorId ("بقلم أ و ب").
    [Display(Name = "كاتب مشارك")]
    public List<int?> CoAuthorIds { get; set; } = [null, null];

    [StringLength(100, ErrorMessage = "سطر المصدر أطول من 100 حرف.")]
    [Display(Name = "المصدر بجانب اسم الكاتب (اختياري)")]
    public string? Credit { get; set; }

    [StringLength(500, ErrorMessage = "الوسوم أطول من 500 حرف.")]
    [Display(Name = "الوسوم (افصل بينها بفاصلة)")]
    public string? Tags { get; set; }

    [StringLength(500)]
    [Display(Name = "الصورة الرئيسية")]
    public string? ImagePath { get; set; }

    public int? ImageWidth { get; set; }
    public int? ImageHeight { get; set; }

    [StringLength(300, ErrorMessage = "النص البديل أطول من 300 حرف.")]
    [Display(Name = "النص البديل للصورة")]
    public string? ImageAlt { get; set; }

    [StringLength(500, ErrorMessage = "التعليق أطول من 500 حرف.")]
    [Display(Name = "تعليق الصورة")]
    public string? ImageCaption { get; set; }

    [StringLength(100, ErrorMessage = "المصدر أطول من 100 حرف.")]
    [Display(Name = "مصدر الصورة")]
    public string? ImageCredit { get; set; }

    [StringLength(200, ErrorMessage = "عنوان محركات البحث أطول من 200 حرف.")]
    [Display(Name = "عنوان محركات البحث")]
    public string? SeoTitle { get; set; }

    [StringLength(300, ErrorMessage = "وصف محركات البحث أطول من 300 حرف.")]
    [Display(Name = "وصف محركات البحث")]
    public string? SeoDescription { get; set; }

    [Display(Name = "موعد النشر")]
    public DateTime? ScheduleAt { get; set; }

    public int Version { get; set; }

    [Display(Name = "تغطية مباشرة: تُضاف إليها تحديثات متتابعة")]
    public bool IsLive { get; set; }

    // For a published story: a minor fix, an update, or a correction (with its note).
    [Display(Name = "نوع التعديل")]
    public ChangeKind ChangeKind { get; set; } = ChangeKind.Update;

    [StringLength(1000, ErrorMessage = "نص التصحيح أطول من 1000 حرف.")]
    [Display(Name = "نص التصحيح (يظهر في أسفل الخبر)")]
    public string? CorrectionNote { get; set; }

    // The form's one mapping to the workflow's draft, and (From) back from a stored article.
    public ArticleDraft ToDraft() => new(
        new ArticleContent
        {
            Title = Title ?? "",
            Standfirst = Standfirst ?? "",
            BodyMarkdown = BodyMarkdown ?? "",
            Credit = Credit ?? "",
            ImagePath = ImagePath,
            ImageWidth = ImageWidth,
            ImageHeight = ImageHeight,
            ImageAlt = ImageAlt ?? "",
            ImageCaption = ImageCaption ?? "",
            ImageCredit = ImageCredit ?? "",
            SeoTitle = SeoTitle,
            SeoDescription = SeoDescription,
        },
        Slug ?? "",
        SectionId ?? 0,
        [AuthorId ?? 0, .. CoAuthorIds.Where(id => id is > 0).Select(id => id!.Value)],
        ArticleDraft.SplitTags(Tags ?? ""))
    {
        IsLive = IsLive,
    };

    public static ArticleInput From(Article article, DateTime? scheduleLocal)
    {
        var c = article.Content;
        var bylines = ArticleDraft.BylineIds(article);
        return new()
        {
            Title = c.Title,
            Standfirst = c.Standfirst,
            Slug = article.Slug,
            BodyMarkdown = c.BodyMarkdown,
            SectionId = article.SectionId,
            AuthorId = bylines[0],
            CoAuthorIds = [.. bylines.Skip(1).Select(id => (int?)id).Concat([null, null]).Take(Math.Max(2, bylines.Count - 1))],
            Credit = c.Credit,
            Tags = ArticleDraft.JoinTags(article.Tags.Select(t => t.Name)),
            ImagePath = c.ImagePath,
            ImageWidth = c.ImageWidth,
            ImageHeight = c.ImageHeight,
            ImageAlt = c.ImageAlt,
            ImageCaption = c.ImageCaption,
            ImageCredit = c.ImageCredit,
            SeoTitle = c.SeoTitle,
            SeoDescription = c.SeoDescription,
            ScheduleAt = scheduleLocal,
            Version = article.Version,
            IsLive = article.IsLive,
        };
    }
}
