using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Authors;

public sealed class EditModel(NewsDbContext db, AuthorProfiles profiles) : PageModel
{
    [BindProperty]
    public AuthorInput Input { get; set; } = new();

    public int? AuthorId { get; private set; }
    public IReadOnlyList<(string Id, string Label)> Accounts { get; private set; } = [];
    public IReadOnlyList<string> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (author is null)
            {
                return NotFound();
            }

            Input = new AuthorInput
            {
                Name = author.Name,
                Slug = author.Slug,
                JobTitle = author.JobTitle,
                Bio = author.Bio,
                PhotoPath = author.PhotoPath,
                XHandle = author.XHandle,
                InstagramHandle = author.InstagramHandle,
                FacebookUrl = author.FacebookUrl,
                UserId = author.UserId,
            };
        }

        AuthorId = id;
        return await FormAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        AuthorId = id;
        if (!ModelState.IsValid)
        {
            return await FormAsync(cancellationToken);
        }

        var profile = new AuthorProfile(Input.Name, Input.Slug ?? "", Input.JobTitle ?? "", Input.Bio ?? "", Input.PhotoPath,
            Input.XHandle, Input.InstagramHandle, Input.FacebookUrl, Input.UserId);
        var (author, errors) = await profiles.SaveAsync(id, profile, StaffMember.From(User), cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(cancellationToken);
        }

        TempData["Message"] = $"حُفظ ملف {author.Name}.";
        return RedirectToPage("/Admin/Authors/Index");
    }

    private async Task<PageResult> FormAsync(CancellationToken cancellationToken)
    {
        Accounts = [.. (await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, $"{u.DisplayName} ({u.Email})"))];
        Photos = [.. (await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).Take(200).Select(m => m.Hash).ToListAsync(cancellationToken))
            .Select(MediaFiles.MasterUrl)];
        return Page();
    }

    public sealed class AuthorInput
    {
        [Required(ErrorMessage = "اكتب اسم الكاتب كما يظهر في سطر الكاتب.")]
        [StringLength(150, ErrorMessage = "الاسم أطول من 150 حرفاً.")]
        [Display(Name = "الاسم (كما يظهر في سطر الكاتب)")]
        public string Name { get; set; } = "";

        [StringLength(150, ErrorMessage = "الرابط أطول من 150 حرفاً.")]
        [Display(Name = "الرابط (slug)")]
        public string? Slug { get; set; }

        [StringLength(150, ErrorMessage = "الصفة أطول من 150 حرفاً.")]
        [Display(Name = "الصفة")]
        public string? JobTitle { get; set; }

        [StringLength(1000, ErrorMessage = "النبذة أطول من 1000 حرف.")]
        [Display(Name = "نبذة قصيرة")]
        public string? Bio { get; set; }

        [StringLength(500)]
        [Display(Name = "الصورة (من مكتبة الصور)")]
        public string? PhotoPath { get; set; }

        [StringLength(50)]
        [Display(Name = "حساب إكس")]
        public string? XHandle { get; set; }

        [StringLength(50)]
        [Display(Name = "حساب إنستغرام")]
        public string? InstagramHandle { get; set; }

        [StringLength(300)]
        [Display(Name = "صفحة فيسبوك")]
        public string? FacebookUrl { get; set; }

        [Display(Name = "حساب غرفة الأخبار")]
        public string? UserId { get; set; }
    }
}
