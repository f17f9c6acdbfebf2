using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

// The page a reset e-mail links to: a new password for the address, if the link is still good (two hours, once).
public sealed class ResetPasswordModel(UserManager<AppUser> users, StaffSessions sessions, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "أدخل كلمة المرور الجديدة.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "كلمة المرور الجديدة عشرة أحرف على الأقل.")]
    [DataType(DataType.Password)]
    [Display(Name = "كلمة المرور الجديدة")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "التأكيد لا يطابق كلمة المرور الجديدة.")]
    [DataType(DataType.Password)]
    [Display(Name = "أعد كتابتها")]
    public string Confirm { get; set; } = "";

    public IActionResult OnGet() => string.IsNullOrEmpty(Code) || string.IsNullOrEmpty(Email) ? RedirectToPage("/Admin/ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            token = "";
        }

        var user = await users.FindByEmailAsync(Email);
        var result = user is null || StaffAccounts.IsDisabled(user) ? null : await users.ResetPasswordAsync(user, token, Password);
        if (result is not { Succeeded: true })
        {
            var invalid = result is null || result.Errors.Any(e => e.Code == "InvalidToken");
            foreach (var error in invalid ? [] : result!.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            if (invalid)
            {
                ModelState.AddModelError(string.Empty, "هذا الرابط لم يعد صالحاً (انتهت ساعتاه أو استُعمل). اطلب رابطاً جديداً من «نسيت كلمة المرور».");
            }

            return Page();
        }

        // A new password ends every session; a lockout from mistyped passwords ends too.
        await sessions.EndAsync(user!.Id, id: null, keep: null, cancellationToken);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.AccountAction(user.UserName ?? user.Id, "set a new password from a reset link");
        TempData["Message"] = "عُيّنت كلمة المرور الجديدة. سجّل الدخول بها.";
        return RedirectToPage("/Admin/Login");
    }
}
