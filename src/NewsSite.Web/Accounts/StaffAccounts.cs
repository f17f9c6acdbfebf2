using Microsoft.AspNetCore.Identity;
using NewsSite.Web.Models;

namespace NewsSite.Web.Accounts;

public enum AccountChange
{
    Done,
    NotFound,
    NotYourself,
    LastAdmin,
}

// Changes to who may do what. Each one renews the account's security stamp, which ends its open sessions within a
// minute (SecurityStampValidator), and none may leave the newsroom without an active administrator.
public sealed class StaffAccounts(UserManager<AppUser> users, AuditTrail audit, StaffSessions sessions)
{
    public async Task<AccountChange> ChangeRoleAsync(string userId, string role, StaffMember by, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !Roles.All.Contains(role))
        {
            return AccountChange.NotFound;
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && role != Roles.Admin && await ActiveAdminsAsync() <= 1)
        {
            return AccountChange.LastAdmin;
        }

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(by, "change-role", null, $"{user.Email} → {role}", cancellationToken);
        return AccountChange.Done;
    }

    // A disabled account cannot sign in and its sessions end; nothing it wrote is touched.
    public async Task<AccountChange> SetDisabledAsync(string userId, bool disabled, StaffMember by, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChange.NotFound;
        }

        if (user.Id == by.Id)
        {
            return AccountChange.NotYourself;
        }

        if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && !IsDisabled(user) && await ActiveAdminsAsync() <= 1)
        {
            return AccountChange.LastAdmin;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        if (disabled)
        {
            await sessions.EndAsync(user.Id, id: null, keep: null, cancellationToken);   // out at the next request, not within a minute
        }
        await audit.RecordAsync(by, disabled ? "disable-user" : "enable-user", null, user.Email ?? user.Id, cancellationToken);
        return AccountChange.Done;
    }

    public static bool IsDisabled(AppUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    private async Task<int> ActiveAdminsAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count(u => !IsDisabled(u));
}
