using System.Threading.Channels;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Webhooks;

// Wakes the sender as soon as something is announced, instead of at its next look at the table. On several nodes
// the sender holding the lease may be another node's: every change, wherever it was made, wakes this one too.
public sealed class WebhookSignal : IArticleChangeListener
{
    public bool RunsOnEveryNode => true;

    public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
    {
        Wake();
        return Task.CompletedTask;
    }

    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the timeout: time to look at the table again
        }
    }
}
