using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Models;
using NewsSite.Web.Security;

namespace NewsSite.Web.Pages.Admin;

public sealed class LoginModel(SignInManager<AppUser> signIn, SignInThrottle throttle) : PageModel
{
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await throttle.TryAttemptAsync(Input.Email) is { } wait)
        {
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (await signIn.UserManager.FindByNameAsync(Input.Email) is null)
        {
            // As much work as checking a real password, so the answer's timing does not tell either.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, Input.Password);
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Admin/LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        // One message for every refusal (unknown address, wrong password, locked or disabled account): the page must not
        // tell a stranger which addresses have accounts.
        ModelState.AddModelError(string.Empty,
            "تعذّر تسجيل الدخول. تحقّق من البريد الإلكتروني وكلمة المرور. بعد خمس محاولات فاشلة يُوقف الحساب 15 دقيقة؛ وإن كان حسابك معطّلاً فراجع مدير الموقع.");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "أدخل البريد الإلكتروني.")]
        [EmailAddress(ErrorMessage = "البريد الإلكتروني غير صالح.")]
        [Display(Name = "البريد الإلكتروني")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "أدخل كلمة المرور.")]
        [DataType(DataType.Password)]
        [Display(Name = "كلمة المرور")]
        public string Password { get; set; } = "";

        [Display(Name = "تذكرني على هذا الجهاز")]
        public bool RememberMe { get; set; }
    }
}
