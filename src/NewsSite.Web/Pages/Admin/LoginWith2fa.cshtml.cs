using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

// The second step of signing in: the six-digit code from the authenticator app, or one of the recovery codes.
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "أدخل الرمز.")]
    [Display(Name = "الرمز من تطبيق المصادقة، أو رمز استرداد")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Display(Name = "لا تطلب الرمز على هذا الجهاز مرة أخرى")]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    // The first step (the password) was not taken in this browser, or too long ago.
    public bool Expired { get; private set; }

    public async Task OnGetAsync() => Expired = await signIn.GetTwoFactorAuthenticationUserAsync() is null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            Expired = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin");
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "أوقف الحساب مؤقتاً بعد محاولات كثيرة. حاول بعد 15 دقيقة."
            : "الرمز غير صحيح. اكتب الرمز الظاهر الآن في تطبيق المصادقة، أو أحد رموز الاسترداد.");
        return Page();
    }
}
