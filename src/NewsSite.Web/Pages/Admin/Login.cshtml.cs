using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
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

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "تم إيقاف الحساب مؤقتاً بعد محاولات دخول فاشلة متكررة. حاول مرة أخرى بعد 15 دقيقة."
            : "البريد الإلكتروني أو كلمة المرور غير صحيحة.");
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
