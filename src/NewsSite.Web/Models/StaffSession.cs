namespace NewsSite.Web.Models;

// One signed-in browser of a staff member: listed on their account page, and ended from there (or all at once).
// The sign-in cookie carries the id; a cookie whose session is ended or gone is refused on its next request.
public sealed class StaffSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime LastSeenAtUtc { get; set; }
    public string Device { get; set; } = "";
    public DateTime? EndedAtUtc { get; set; }
}

// A setting an administrator changes in the admin area (not in configuration), by name.
public sealed class SiteSetting
{
    public required string Key { get; set; }
    public string Value { get; set; } = "";

    public const string RequireTwoFactor = "accounts.require-two-factor";
}
