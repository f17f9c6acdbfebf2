namespace NewsSite.Web.Accounts;

// NewsSite:Admin: the first administrator, created when no user exists yet. No password is ever built in.
public sealed class AdminOptions
{
    public const string SectionName = "NewsSite:Admin";

    public string? Email { get; set; }
    public string? Password { get; set; }
}
