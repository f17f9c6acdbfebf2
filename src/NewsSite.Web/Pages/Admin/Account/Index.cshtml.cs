using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;

namespace NewsSite.Web.Pages.Admin.Account;

// /Admin/Account: a staff member's own account — the password, sign-in in two steps (an authenticator app's code, with
// recovery codes for a lost phone), and the browsers they are signed in on.
public sealed class IndexModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, StaffSessions sessions, TwoFactorPolicy policy, IOptions<SiteOptions> site,
    ILogger<IndexModel> logger) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [BindProperty]
    public CodeInput Code { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }
    public bool TwoFactorRequired { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<StaffSession> Sessions { get; private set; } = [];
    public string? CurrentSession => User.FindFirst(StaffSessions.ClaimType)?.Value;

    [TempData]
    public string? NewRecoveryCodes { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Challenge();

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!TryValidateModel(Password, nameof(Password)))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.Current" : "Password.New",
                    error.Code == "PasswordMismatch" ? "كلمة المرور الحالية غير صحيحة." : error.Description);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        // Every other browser is signed out; this one signs in again with the new password's stamp.
        await sessions.EndAsync(user.Id, id: null, keep: CurrentSession, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        logger.AccountAction(user.UserName ?? user.Id, "changed their password");
        TempData["Message"] = "غُيّرت كلمة المرور، وخرجت الأجهزة الأخرى من حسابك.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableTwoFactorAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = new string([.. (Code.Value ?? "").Where(char.IsAsciiDigit)]);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Code.Value", "الرمز غير صحيح أو انتهت صلاحيته. اكتب الرمز الظاهر الآن في تطبيق المصادقة (ستة أرقام).");
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        NewRecoveryCodes = string.Join(' ', codes);
        await signIn.RefreshSignInAsync(user);
        logger.AccountAction(user.UserName ?? user.Id, "turned on two-factor sign-in");
        TempData["Message"] = "فُعّل التحقق بخطوتين. احفظ رموز الاسترداد أدناه في مكان آمن: كل رمز يصلح مرة واحدة إن فقدت هاتفك.";
        return RedirectToPage(null, null, "two-factor");
    }

    // The password again before weakening two steps or handing out new codes: a borrowed session is not enough.
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    private async Task<bool> ConfirmedAsync(AppUser user)
    {
        if (!string.IsNullOrEmpty(ConfirmPassword) && await users.CheckPasswordAsync(user, ConfirmPassword))
        {
            return true;
        }

        TempData["Message"] = "كلمة المرور غير صحيحة: لم يتغير شيء.";
        return false;
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await ConfirmedAsync(user))
        {
            return RedirectToPage(null, null, "two-factor");
        }

        NewRecoveryCodes = string.Join(' ', await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []);
        logger.AccountAction(user.UserName ?? user.Id, "made new recovery codes");
        TempData["Message"] = "أُنشئت رموز استرداد جديدة، ولم تعد الرموز القديمة تصلح.";
        return RedirectToPage(null, null, "two-factor");
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await policy.AppliesToAsync(user))
        {
            TempData["Message"] = "لا يمكن إيقاف التحقق بخطوتين: يشترطه مدير الموقع لدورك.";
            return RedirectToPage(null, null, "two-factor");
        }

        if (!await ConfirmedAsync(user))
        {
            return RedirectToPage(null, null, "two-factor");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.AccountAction(user.UserName ?? user.Id, "turned off two-factor sign-in");
        TempData["Message"] = "أُوقف التحقق بخطوتين.";
        return RedirectToPage(null, null, "two-factor");
    }

    public async Task<IActionResult> OnPostEndSessionAsync(string id, CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is { } userId && id != CurrentSession)
        {
            await sessions.EndAsync(userId, id, keep: CurrentSession, cancellationToken);
            TempData["Message"] = "أُنهيت الجلسة: سيُطلب من ذلك الجهاز تسجيل الدخول من جديد.";
        }

        return RedirectToPage(null, null, "sessions");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await sessions.EndAsync(user.Id, id: null, keep: null, cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        logger.AccountAction(user.UserName ?? user.Id, "signed out everywhere");
        TempData["Message"] = "خرجت من حسابك على كل الأجهزة، وهذا منها.";
        return RedirectToPage("/Admin/Login");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        TwoFactorEnabled = user.TwoFactorEnabled;
        TwoFactorRequired = await policy.AppliesToAsync(user);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!TwoFactorEnabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            SharedKey = Grouped(key ?? "");
            var issuer = Uri.EscapeDataString(site.Value.SiteName);
            AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={issuer}&digits=6";
        }

        Sessions = await sessions.ActiveAsync(user.Id, cancellationToken);
        return true;
    }

    // ABCD EFGH …: easier to type into a phone.
    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLower(CultureInfo.InvariantCulture);
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "أدخل كلمة المرور الحالية.")]
        [DataType(DataType.Password)]
        [Display(Name = "كلمة المرور الحالية")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "أدخل كلمة المرور الجديدة.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "كلمة المرور الجديدة عشرة أحرف على الأقل.")]
        [DataType(DataType.Password)]
        [Display(Name = "كلمة المرور الجديدة")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "التأكيد لا يطابق كلمة المرور الجديدة.")]
        [DataType(DataType.Password)]
        [Display(Name = "أعد كتابة كلمة المرور الجديدة")]
        public string Confirm { get; set; } = "";
    }

    public sealed class CodeInput
    {
        [Display(Name = "الرمز من تطبيق المصادقة")]
        public string? Value { get; set; }
    }
}
