using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Pages.Admin.Users;

public sealed class IndexModel(UserManager<AppUser> users, StaffAccounts accounts, AuditTrail audit, AuthorProfiles profiles, TwoFactorPolicy twoFactor,
    NewsSite.Web.Data.NewsDbContext db)
    : PageModel
{
    public bool TwoFactorRequired { get; private set; }

    // Two-step sign-in for editors and administrators: required of them all, or their own choice.
    public async Task<IActionResult> OnPostTwoFactorAsync(bool required, CancellationToken cancellationToken)
    {
        await twoFactor.SetRequiredAsync(required, cancellationToken);
        var entry = audit.Add(StaffMember.From(User), required ? "require-2fa" : "allow-no-2fa", null,
            required ? "التحقق بخطوتين إلزامي للمحررين والمديرين" : "التحقق بخطوتين اختياري");
        await db.SaveChangesAsync(cancellationToken);
        audit.Logged(entry);
        TempData["Message"] = required
            ? "صار التحقق بخطوتين إلزامياً للمحررين والمديرين: من لم يفعّله يُطلب منه تفعيله قبل أي عمل."
            : "صار التحقق بخطوتين اختيارياً.";
        return RedirectToPage();
    }

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<(AppUser User, IList<string> Roles)> Members { get; private set; } = [];

    public string CurrentUserId => StaffMember.From(User).Id;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "الدور المختار غير موجود.");
        }

        if (ModelState.IsValid)
        {
            var user = new AppUser { UserName = Input.Email, Email = Input.Email, EmailConfirmed = true, DisplayName = Input.DisplayName };
            var result = await users.CreateAsync(user, Input.Password);
            if (result.Succeeded)
            {
                await users.AddToRoleAsync(user, Input.Role);
                await audit.RecordAsync(StaffMember.From(User), "create-user", null, $"{Input.Email} ({Input.Role})", cancellationToken);
                // Every staff member writes under their own byline from the start.
                var author = await profiles.EnsureForAsync(user, cancellationToken);
                TempData["Message"] = $"أُنشئ حساب {Input.DisplayName} وملفه ككاتب ({author.Name}).";
                return RedirectToPage();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string userId, string role, CancellationToken cancellationToken) =>
        Answer(await accounts.ChangeRoleAsync(userId, role, StaffMember.From(User), cancellationToken), $"تغيّر الدور إلى {Roles.ArabicName(role)}.");

    public async Task<IActionResult> OnPostDisableAsync(string userId, CancellationToken cancellationToken) =>
        Answer(await accounts.SetDisabledAsync(userId, disabled: true, StaffMember.From(User), cancellationToken), "عُطّل الحساب وانتهت جلساته المفتوحة.");

    public async Task<IActionResult> OnPostEnableAsync(string userId, CancellationToken cancellationToken) =>
        Answer(await accounts.SetDisabledAsync(userId, disabled: false, StaffMember.From(User), cancellationToken), "أُعيد تفعيل الحساب.");

    private IActionResult Answer(AccountChange change, string done)
    {
        if (change == AccountChange.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = change switch
        {
            AccountChange.NotYourself => "لا يمكنك تعطيل حسابك أنت.",
            AccountChange.LastAdmin => "لا يمكن ترك الموقع بلا مدير فعّال: امنح شخصاً آخر دور المدير أولاً.",
            _ => done,
        };
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        TwoFactorRequired = await twoFactor.IsRequiredAsync(HttpContext.RequestAborted);
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var list = new List<(AppUser, IList<string>)>();
        foreach (var user in all)
        {
            list.Add((user, await users.GetRolesAsync(user)));
        }

        Members = list;
    }

    public sealed class NewUserInput
    {
        [Required(ErrorMessage = "الاسم مطلوب.")]
        [StringLength(100)]
        [Display(Name = "الاسم")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "البريد الإلكتروني مطلوب.")]
        [EmailAddress(ErrorMessage = "البريد الإلكتروني غير صالح.")]
        [Display(Name = "البريد الإلكتروني")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "كلمة المرور مطلوبة.")]
        [DataType(DataType.Password)]
        [Display(Name = "كلمة المرور")]
        public string Password { get; set; } = "";

        [Required]
        [Display(Name = "الدور")]
        public string Role { get; set; } = Roles.Writer;
    }
}
