using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Admin;

// A forgotten password: a link to set a new one goes to the address, if it is a staff member's. The answer is the same
// either way, so the page tells nobody which addresses have accounts.
public sealed class ForgotPasswordModel(UserManager<AppUser> users, StaffOutbox mail, SiteUrls urls) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "أدخل البريد الإلكتروني.")]
    [EmailAddress(ErrorMessage = "البريد الإلكتروني غير صالح.")]
    [Display(Name = "البريد الإلكتروني")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Email) is { } user && !StaffAccounts.IsDisabled(user))
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            // To the account's own address, as stored (not as typed: a lookalike spelling must not receive the link).
            var address = user.Email ?? Email;
            var link = urls.Absolute($"/Admin/ResetPassword?email={Uri.EscapeDataString(address)}&code={token}");
            var name = HtmlEncoder.Default.Encode(user.DisplayName);
            // Queued, not sent here: the answer takes the same time whether or not the address has an account.
            mail.Enqueue(new QueuedMail(address, "تعيين كلمة مرور جديدة",
                $"مرحباً {user.DisplayName}،\n\nطلب أحدهم تعيين كلمة مرور جديدة لحسابك في غرفة الأخبار. لتعيينها افتح هذا الرابط خلال ساعتين:\n{link}\n\nإن لم تطلب ذلك فتجاهل هذه الرسالة؛ كلمة مرورك لم تتغير.",
                $"<div dir=\"rtl\" lang=\"ar\"><p>مرحباً {name}،</p><p>طلب أحدهم تعيين كلمة مرور جديدة لحسابك في غرفة الأخبار. لتعيينها افتح هذا الرابط خلال ساعتين:</p><p><a href=\"{HtmlEncoder.Default.Encode(link)}\">تعيين كلمة مرور جديدة</a></p><p>إن لم تطلب ذلك فتجاهل هذه الرسالة؛ كلمة مرورك لم تتغير.</p></div>"));
        }

        Sent = true;
        return Page();
    }
}
