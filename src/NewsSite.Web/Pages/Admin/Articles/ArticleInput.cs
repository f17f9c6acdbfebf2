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

    [Display(Name = "موعد النشر (بتوقيت الإمارات)")]
    public DateTime? ScheduleAt { get; set; }

    public int Version { get; set; }

    public ArticleContent ToContent() => new(
        Title, Standfirst ?? "", Slug ?? "", BodyMarkdown, SectionId ?? 0, AuthorId ?? 0,
        ArticleWorkflow.SplitTags(Tags ?? ""), ImagePath, ImageWidth, ImageHeight,
        ImageAlt ?? "", ImageCaption ?? "", ImageCredit ?? "", SeoTitle, SeoDescription);

    public static ArticleInput From(Article a, string? scheduleLocal) => new()
    {
        Title = a.Title,
        Standfirst = a.Standfirst,
        Slug = a.Slug,
        BodyMarkdown = a.BodyMarkdown,
        SectionId = a.SectionId,
        AuthorId = a.AuthorId,
        Tags = string.Join("، ", a.Tags.Select(t => t.Name)),
        ImagePath = a.ImagePath,
        ImageWidth = a.ImageWidth,
        ImageHeight = a.ImageHeight,
        ImageAlt = a.ImageAlt,
        ImageCaption = a.ImageCaption,
        ImageCredit = a.ImageCredit,
        SeoTitle = a.SeoTitle,
        SeoDescription = a.SeoDescription,
        ScheduleAt = scheduleLocal is null ? null : DateTime.Parse(scheduleLocal, System.Globalization.CultureInfo.InvariantCulture),
        Version = a.Version,
    };
}
