using System.Text.Json;
using NewsSite.Web.Publishing;
using StackExchange.Redis;

namespace NewsSite.Web.Nodes;

// Every change a node commits is published on one Redis channel; every other node hears it and clears its own copies
// (story lists, counts, short links, the banner) and evicts the shared pages once more, so that a page another node
// was making from a copy that has just gone stale is not kept.
internal sealed class RedisChangeRelay(RedisConnection redis, NodeIdentity node, IServiceScopeFactory scopes, ILogger<RedisChangeRelay> logger)
    : BackgroundService, IChangeRelay
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("newssite:changes");

    public Task PublishAsync(ArticlesChanged change) =>
        redis.Multiplexer.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(Message.Of(node.Name, change)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var received = await queue.ReadAsync(stoppingToken);
                var message = JsonSerializer.Deserialize<Message>((string)received.Message!);
                if (message is null || message.From == node.Name)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChangeNotifier>().ReceivedAsync(message.ToChange());
                logger.ChangeReceived(message.Action, message.From);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await queue.UnsubscribeAsync();
        }
    }

    private sealed record Message(string From, string Action, int[] Articles, int[] Sections, int[] Authors, int[] Tags, bool Everywhere)
    {
        public static Message Of(string node, ArticlesChanged change) =>
            new(node, change.Action, [.. change.ArticleIds], [.. change.SectionIds], [.. change.AuthorIds], [.. change.TagIds], change.Everywhere);

        public ArticlesChanged ToChange() =>
            new(Action, Articles.ToHashSet(), Sections.ToHashSet(), Authors.ToHashSet(), Tags.ToHashSet()) { Everywhere = Everywhere };
    }
}
