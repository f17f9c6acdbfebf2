using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Data;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Admin.Breaking;

public sealed class IndexModel(NewsDbContext db, BreakingNewsDesk desk, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BannerInput Input { get; set; } = new();

    public BreakingNews? Current { get; private set; }
    public bool IsShowing { get; private set; }
    public IReadOnlyList<(string Path, string Title)> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOnAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var expires = Input.Minutes is > 0 ? clock.GetUtcNow().UtcDateTime.AddMinutes(Input.Minutes.Value) : (DateTime?)null;
            var error = await desk.TurnOnAsync(Input.Headline, Input.Link, expires, StaffMember.From(User), cancellationToken);
            if (error is null)
            {
                TempData["Message"] = "شريط «عاجل» يظهر الآن على كل صفحات الموقع.";
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, error);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOffAsync(CancellationToken cancellationToken)
    {
        await desk.TurnOffAsync(StaffMember.From(User), cancellationToken);
        TempData["Message"] = "أُوقف شريط «عاجل».";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Current = await desk.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        IsShowing = Current is { IsOn: true } && (Current.ExpiresAtUtc is null || Current.ExpiresAtUtc > now);
        Stories = [.. (await db.Articles.AsNoTracking().Published().Latest().Take(20).Select(a => new { a.Id, a.Slug, a.Content.Title })
            .ToListAsync(cancellationToken)).Select(a => (SiteUrls.Article(a.Id, a.Slug), a.Title))];
    }

    public sealed class BannerInput
    {
        [Required(ErrorMessage = "اكتب العنوان العاجل.")]
        [StringLength(200, ErrorMessage = "العنوان العاجل أطول من 200 حرف.")]
        [Display(Name = "العنوان العاجل")]
        public string Headline { get; set; } = "";

        [StringLength(500)]
        [Display(Name = "الرابط (اختياري)")]
        public string? Link { get; set; }

        [Display(Name = "مدة الظهور")]
        public int? Minutes { get; set; } = 60;
    }
}
