using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin.Sections;

public sealed class IndexModel(NewsDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.DisplayOrder).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var slug = Input.Slug.Trim().ToLowerInvariant();
        if (await db.Sections.AnyAsync(s => s.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", "يوجد قسم بهذا الرابط.");
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        db.Sections.Add(new Section { Name = Input.Name.Trim(), Slug = slug, DisplayOrder = Input.DisplayOrder, GoogleNewsUrl = Input.GoogleNewsUrl });
        await audit.RecordAsync(StaffMember.From(User), "create-section", null, Input.Name, cancellationToken);
        TempData["Message"] = $"أُضيف قسم {Input.Name}.";
        return RedirectToPage();
    }

    public sealed class SectionInput
    {
        [Required(ErrorMessage = "اسم القسم مطلوب.")]
        [StringLength(100)]
        [Display(Name = "اسم القسم")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "رابط القسم مطلوب.")]
        [RegularExpression("^[a-zA-Z0-9-]{2,60}$", ErrorMessage = "رابط القسم حروف لاتينية وأرقام وشرطات فقط.")]
        [Display(Name = "الرابط")]
        public string Slug { get; set; } = "";

        [Range(0, 1000)]
        [Display(Name = "الترتيب")]
        public int DisplayOrder { get; set; } = 100;

        [Url(ErrorMessage = "رابط غوغل نيوز غير صالح.")]
        [Display(Name = "رابط غوغل نيوز")]
        public string? GoogleNewsUrl { get; set; }
    }
}
