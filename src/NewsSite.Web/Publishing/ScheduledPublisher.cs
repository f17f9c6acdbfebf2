using NewsSite.Web.Nodes;

namespace NewsSite.Web.Publishing;

// Publishes scheduled stories when they fall due. It runs at start too, so anything that fell due while the site
// was down goes live straight away; PublishDueAsync's conditional update makes each publication happen once.
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    // How often due stories are looked for (NewsSite:Publishing:CheckEverySeconds, 30 by default).
    private const string LeaseName = "scheduled-publishing";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("NewsSite:Publishing:CheckEverySeconds", 30)));

    // One run at a time in this process: a second caller waits for the first to finish, its stories published and
    // announced, and then finds nothing due (not an early return while the caches still hold the old pages).
    private readonly SemaphoreSlim _running = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await JobLeases.ReleaseOnStopAsync(scopes, LeaseName);
    }

    internal Task PublishDueAsync(CancellationToken cancellationToken) => _running.RunAloneAsync(PublishDueOnceAsync, cancellationToken);

    private async Task PublishDueOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // On several nodes one of them publishes (the update below also refuses a story already published).
        if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryHoldAsync(LeaseName, _interval * 3, cancellationToken))
        {
            return;
        }

        var count = await scope.ServiceProvider.GetRequiredService<ArticleWorkflow>().PublishDueAsync(cancellationToken);
        if (count > 0)
        {
            logger.ScheduledPublished(count);
        }
    }
}
