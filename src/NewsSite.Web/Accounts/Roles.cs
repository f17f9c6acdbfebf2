namespace NewsSite.Web.Accounts;

public static class Roles
{
    public const string Writer = "Writer";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Writer, Editor, Admin];

    public static string ArabicName(string role) => role switch
    {
        Writer => "كاتب",
        Editor => "محرر",
        Admin => "مدير",
        _ => role,
    };
}

public static class Policies
{
    public const string Staff = "Staff";
    public const string Publish = "Publish";
    public const string ManageSite = "ManageSite";
}
