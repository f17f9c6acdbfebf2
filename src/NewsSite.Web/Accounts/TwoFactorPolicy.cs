using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

// Whether administrators require sign-in in two steps of editors and administrators (writers choose for themselves).
public sealed class TwoFactorPolicy(NewsDbContext db, UserManager<AppUser> users)
{
    public async Task<bool> IsRequiredAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().Where(s => s.Key == SiteSetting.RequireTwoFactor).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) == "true";

    public async Task SetRequiredAsync(bool required, CancellationToken cancellationToken)
    {
        var setting = await db.SiteSettings.FindAsync([SiteSetting.RequireTwoFactor], cancellationToken);
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = SiteSetting.RequireTwoFactor, Value = required ? "true" : "false" });
        }
        else
        {
            setting.Value = required ? "true" : "false";
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AppliesToAsync(AppUser user) =>
        await IsRequiredAsync(CancellationToken.None) && (await users.IsInRoleAsync(user, Roles.Editor) || await users.IsInRoleAsync(user, Roles.Admin));
}

// On every admin page but the account page and the sign-in steps: an editor or administrator without two-step sign-in,
// when it is required, is sent to turn it on first.
public sealed class TwoFactorGate(TwoFactorPolicy policy, UserManager<AppUser> users) : IAsyncPageFilter
{
    private static readonly string[] Open = ["/Admin/Account/Index", "/Admin/Login", "/Admin/Logout", "/Admin/LoginWith2fa", "/Admin/ForgotPassword", "/Admin/ResetPassword"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.HttpContext.User.Identity?.IsAuthenticated == true && !Open.Contains(page, StringComparer.Ordinal)
            && await users.GetUserAsync(context.HttpContext.User) is { TwoFactorEnabled: false } user && await policy.AppliesToAsync(user))
        {
            context.Result = new RedirectToPageResult("/Admin/Account/Index", null, new { required = 1 }, "two-factor");
            return;
        }

        await next();
    }
}
