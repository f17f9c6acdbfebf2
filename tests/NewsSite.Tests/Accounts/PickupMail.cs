using MimeKit;

namespace NewsSite.Tests.Accounts;

// The staff e-mail a site in the tests "sent": .eml files in its pickup folder (NewsSite:Mail:PickupFolder).
public static class PickupMail
{
    public static MimeMessage[] To(string folder, string email) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => b.Address == email))]
            : [];

    // Sent by the outbox after the page has answered: waited for.
    public static async Task<MimeMessage[]> ArrivedAsync(string folder, string email)
    {
        await Eventually.TrueAsync(() => To(folder, email).Length > 0, TimeSpan.FromSeconds(10));
        return To(folder, email);
    }
}
