using System.Threading.Channels;

namespace NewsSite.Web.Accounts;

public sealed record QueuedMail(string To, string Subject, string Text, string Html);

// Mail to staff leaves the request: the page answers at once and in the same time whether or not a message was sent
// (a forgotten-password page must not tell, by its speed, which addresses have accounts); StaffMailSender sends it.
public sealed class StaffOutbox
{
    private readonly Channel<QueuedMail> _channel = Channel.CreateBounded<QueuedMail>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(QueuedMail mail) => _channel.Writer.TryWrite(mail);

    internal ChannelReader<QueuedMail> Reader => _channel.Reader;
}

internal sealed class StaffMailSender(StaffOutbox queue, IServiceScopeFactory scopes, ILogger<StaffMailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<StaffMail>().SendAsync(mail.To, mail.Subject, mail.Text, mail.Html, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.ResetMailFailed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
