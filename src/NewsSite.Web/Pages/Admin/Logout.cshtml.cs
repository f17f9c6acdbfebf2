using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    // Back to the sign-in page, so a shared newsroom computer shows at once that nobody is signed in.
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "سُجّل خروجك.";
        return RedirectToPage("/Admin/Login");
    }
}
