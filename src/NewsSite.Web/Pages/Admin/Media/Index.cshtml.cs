using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin.Media;

public sealed class IndexModel(NewsDbContext db, MediaStore store, AuditTrail audit, IOptions<MediaOptions> options) : PageModel
{
    private const int PageSize = 48;

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public long MaxUploadMegabytes => options.Value.MaxUploadBytes / (1024 * 1024);

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
                var path = MediaFiles.MasterUrl(item.Hash);
                await audit.RecordAsync(staff, "upload", null, $"{item.OriginalFileName} → {path}", cancellationToken);
                TempData["Message"] = $"رُفعت الصورة: {path}";
                return RedirectToPage();
            }

            ModelState.AddModelError("upload", result.Error!);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    // The editor's picture dialog uploads here without leaving the story: the stored picture's path and size as JSON, or
    // the Arabic reason it was refused (400).
    public async Task<IActionResult> OnPostJsonAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return BadRequest(new { error = "اختر صورة لرفعها." });
        }

        await using var stream = upload.OpenReadStream();
        var staff = StaffMember.From(User);
        var result = await store.SaveAsync(stream, upload.FileName, upload.Length, staff.Id, cancellationToken);
        if (result.Item is not { } item)
        {
            return BadRequest(new { error = result.Error });
        }

        var path = MediaFiles.MasterUrl(item.Hash);
        await audit.RecordAsync(staff, "upload", null, $"{item.OriginalFileName} → {path}", cancellationToken);
        return new JsonResult(new { path, width = item.Width, height = item.Height, name = item.OriginalFileName });
    }
}
