namespace NewsSite.Web.Accounts;

// NewsSite:Mail — how the newsroom's e-mail (password resets) leaves the site. With Host set, by SMTP; with
// PickupFolder set (the default in Development: App_Data/mail), each message is written there as an .eml file instead,
// which is how tests and a developer read them.
public sealed class MailOptions
{
    public const string SectionName = "NewsSite:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    // "غرفة أخبار الأفق <newsroom@alofoq.example>"
    public string From { get; set; } = "newsroom@localhost";

    public string? PickupFolder { get; set; }
}
