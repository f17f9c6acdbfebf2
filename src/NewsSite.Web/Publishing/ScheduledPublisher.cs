namespace NewsSite.Web.Publishing;

// Publishes scheduled stories when they fall due. It runs at start too, so anything that fell due while the site
// was down goes live straight away; PublishDueAsync's conditional update makes each publication happen once.
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await PublishDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.ScheduledPublishFailed(ex);   // tried again on the next tick
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>().PublishDueAsync(cancellationToken);
        if (count > 0)
        {
            logger.ScheduledPublished(count);
        }
    }
}
