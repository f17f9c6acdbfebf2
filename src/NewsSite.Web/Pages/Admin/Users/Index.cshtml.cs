using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin.Users;

public sealed class IndexModel(UserManager<AppUser> users, AuditTrail audit) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<(AppUser User, IList<string> Roles)> Members { get; private set; } = [];

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
                TempData["Message"] = $"أُنشئ حساب {Input.DisplayName}.";
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

    public async Task<IActionResult> OnPostRoleAsync(string userId, string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !Roles.All.Contains(role))
        {
            return NotFound();
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(StaffMember.From(User), "change-role", null, $"{user.Email} → {role}", cancellationToken);
        TempData["Message"] = $"صار {user.DisplayName} {Roles.ArabicName(role)}.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
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
