using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NewsSite.Web.Accounts;

// Sends the newsroom's own messages to staff (password resets): by SMTP, or into the pickup folder. False when mail is
// not set up at all — the caller says so to nobody outside (a reset page must not reveal it) but it is logged.
public sealed class StaffMail(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<StaffMail> logger)
{
    public async Task<bool> SendAsync(string to, string subject, string text, string html, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();

        var pickup = settings.PickupFolder ?? (environment.IsDevelopment() && settings.Host is null ? "App_Data/mail" : null);
        if (pickup is not null)
        {
            var folder = Path.GetFullPath(pickup, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            // Written aside and moved in, so whatever collects the folder never reads half a message.
            var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file + ".tmp", cancellationToken);
            File.Move(file + ".tmp", file);
            logger.MailWritten(subject, file);
            return true;
        }

        if (settings.Host is null)
        {
            logger.MailNotConfigured(subject);
            return false;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host, settings.Port, settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (settings.UserName is not null)
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        logger.MailSent(subject);
        return true;
    }
}
