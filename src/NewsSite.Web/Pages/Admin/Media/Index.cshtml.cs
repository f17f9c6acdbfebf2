using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Media;

public sealed class IndexModel(NewsDbContext db, MediaStore store, ArticleWorkflow workflow) : PageModel
{
    private const int PageSize = 48;

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            ModelState.AddModelError("upload", "اختر صورة لرفعها.");
        }
        else
        {
            await using var stream = upload.OpenReadStream();
            var staff = StaffMember.From(User);
            var result = await store.SaveAsync(stream, upload.FileName, upload.Length, staff.Id, cancellationToken);
            if (result.Item is { } item)
            {
                await workflow.AuditAsync(staff, "upload", null, $"{item.OriginalFileName} → {item.Path}", cancellationToken);
                TempData["Message"] = $"رُفعت الصورة: {item.Path}";
                return RedirectToPage();
            }

            ModelState.AddModelError("upload", result.Error!);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
