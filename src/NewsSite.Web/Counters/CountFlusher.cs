using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Counters;

// Moves every buffered counter's counts (views, shares) to the database every few seconds, in one transaction,
// and once more on shutdown.
internal sealed class CountFlusher(
    IEnumerable<IBufferedCounter> counters, IServiceScopeFactory scopes, IOptions<CounterOptions> options, ILogger<CountFlusher> logger)
    : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.FlushIntervalSeconds);

    // One flush at a time: when FlushAsync returns, every count recorded before the call is in the database, even if
    // the timer's flush had already drained some of them.
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);   // the last counts before shutdown
    }

    internal Task FlushAsync(CancellationToken cancellationToken) => _gate.RunAloneAsync(FlushOnceAsync, cancellationToken);

    private async Task FlushOnceAsync(CancellationToken cancellationToken)
    {
        var batches = counters.Select(c => c.TakeBatch()).Where(b => b.Count > 0).ToList();
        if (batches.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var batch in batches)
            {
                await batch.Apply(db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            var keys = batches.Sum(b => b.Count);
            NewsMetrics.CountsFlushed.Add(keys);
            logger.CountsFlushed(keys);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var batch in batches)
            {
                batch.Restore();
            }

            logger.CountsFlushFailed(ex);
        }
    }
}
