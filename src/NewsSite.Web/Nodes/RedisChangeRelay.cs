using System.Text.Json;
using NewsSite.Web.Publishing;
using System.Threading.Channels;
using StackExchange.Redis;

namespace NewsSite.Web.Nodes;

// Every change a node commits is published on one Redis channel; every other node hears it and clears its own copies
// (story lists, counts, short links, the banner) and evicts the shared pages once more, so that a page another node
// was making from a copy that has just gone stale is not kept.
internal sealed class RedisChangeRelay(RedisConnection redis, NodeIdentity node, IServiceScopeFactory scopes, ILogger<RedisChangeRelay> logger)
    : BackgroundService, IChangeRelay
{
    private readonly RedisChannel _channel = RedisChannel.Literal(redis.Prefix + "changes");

    public Task PublishAsync(ArticlesChanged change) =>
        redis.Multiplexer.GetSubscriber().PublishAsync(_channel, JsonSerializer.Serialize(Message.Of(node.Name, change)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Pub/sub delivers to whoever listens at the moment: after a lost connection this node may have missed changes,
        // so it drops every copy it keeps (and the pages) rather than serve them stale.
        redis.Multiplexer.ConnectionRestored += (_, _) => _ = ApplyAsync(new Message(node.Name, "redis-reconnected", [], [], [], [], Everywhere: true));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(_channel);
                try
                {
                    while (true)
                    {
                        var received = await queue.ReadAsync(stoppingToken);
                        if (Read((string?)received.Message) is { } message && message.From != node.Name)
                        {
                            await ApplyAsync(message);
                        }
                    }
                }
                finally
                {
                    await queue.UnsubscribeAsync();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException or ChannelClosedException)
            {
                logger.ChangeRelayInterrupted(ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private Message? Read(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<Message>(json);
        }
        catch (JsonException)
        {
            logger.ChangeUnreadable();
            return null;
        }
    }

    private async Task ApplyAsync(Message message)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChangeNotifier>().ReceivedAsync(message.ToChange());
        logger.ChangeReceived(message.Action, message.From);
    }

    private sealed record Message(string From, string Action, int[] Articles, int[] Sections, int[] Authors, int[] Tags, bool Everywhere)
    {
        public static Message Of(string node, ArticlesChanged change) =>
            new(node, change.Action, [.. change.ArticleIds], [.. change.SectionIds], [.. change.AuthorIds], [.. change.TagIds], change.Everywhere);

        public ArticlesChanged ToChange() =>
            new(Action, Articles.ToHashSet(), Sections.ToHashSet(), Authors.ToHashSet(), Tags.ToHashSet()) { Everywhere = Everywhere };
    }
}
