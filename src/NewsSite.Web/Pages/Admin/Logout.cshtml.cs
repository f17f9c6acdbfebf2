using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin;

public sealed class LogoutModel(SignInManager<AppUser> signIn, StaffSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    // Back to the sign-in page, so a shared newsroom computer shows at once that nobody is signed in.
    // The session ends too, so it no longer shows among the account's signed-in browsers.
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (signIn.UserManager.GetUserId(User) is { } userId && User.FindFirst(StaffSessions.ClaimType)?.Value is { } session)
        {
            await sessions.EndAsync(userId, session, keep: null, cancellationToken);
        }

        await signIn.SignOutAsync();
        TempData["Message"] = "سُجّل خروجك.";
        return RedirectToPage("/Admin/Login");
    }
}
