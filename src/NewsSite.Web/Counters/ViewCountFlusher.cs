using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Counters;

internal sealed class ViewCountFlusher(ViewCounter counter, IServiceScopeFactory scopes, ILogger<ViewCountFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
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
        await FlushAsync(cancellationToken);   // the last views before shutdown
    }

    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        var counts = counter.Drain();
        if (counts.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (id, count) in counts)
            {
                // An atomic increment in SQL, never read-modify-write.
                await db.Articles.Where(a => a.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            logger.ViewsFlushed(counts.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            counter.Restore(counts);
            logger.ViewsFlushFailed(ex);
        }
    }
}
