using System.Security.Claims;

namespace NewsSite.Web.Accounts;

// Who is acting: the signed-in staff member as the workflow and the audit trail see them.
public sealed record StaffMember(string Id, string Name, bool CanPublish, bool IsAdmin)
{
    public static StaffMember From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.Identity?.Name ?? "",
        user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin),
        user.IsInRole(Roles.Admin));
}
