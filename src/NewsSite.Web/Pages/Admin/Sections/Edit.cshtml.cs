using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Sections;

public sealed class EditModel(NewsDbContext db, Taxonomy taxonomy) : PageModel
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public int? SectionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        SectionId = id;
        if (id is null)
        {
            return Page();
        }

        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        Input = new SectionInput
        {
            Name = section.Name,
            Slug = section.Slug,
            Description = section.Description,
            GoogleNewsUrl = section.GoogleNewsUrl,
            IsHidden = section.IsHidden,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        SectionId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (section, error) = await taxonomy.SaveSectionAsync(id,
            new SectionEdit(Input.Name, Input.Slug, Input.Description ?? "", Input.GoogleNewsUrl, Input.IsHidden), StaffMember.From(User), cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.AddModelError("Input.Slug", error);
            return Page();
        }

        TempData["Message"] = $"حُفظ قسم {section.Name}.";
        return RedirectToPage("/Admin/Sections/Index");
    }

    public sealed class SectionInput
    {
        [Required(ErrorMessage = "اسم القسم مطلوب.")]
        [StringLength(100, ErrorMessage = "اسم القسم أطول من 100 حرف.")]
        [Display(Name = "اسم القسم")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "رابط القسم مطلوب.")]
        [RegularExpression("^[a-zA-Z0-9-]{2,60}$", ErrorMessage = "رابط القسم حروف لاتينية وأرقام وشرطات فقط.")]
        [Display(Name = "الرابط")]
        public string Slug { get; set; } = "";

        [StringLength(500, ErrorMessage = "الوصف أطول من 500 حرف.")]
        [Display(Name = "وصف القسم")]
        public string? Description { get; set; }

        [Url(ErrorMessage = "رابط غوغل نيوز غير صالح.")]
        [StringLength(500)]
        [Display(Name = "رابط غوغل نيوز")]
        public string? GoogleNewsUrl { get; set; }

        [Display(Name = "إخفاء القسم من القائمة والصفحة الرئيسية")]
        public bool IsHidden { get; set; }
    }
}
