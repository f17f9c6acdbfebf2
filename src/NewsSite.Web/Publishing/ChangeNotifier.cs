namespace NewsSite.Web.Publishing;

// Tells every IArticleChangeListener what changed, once the change is committed. The workflow calls it for stories;
// author profiles, sections and tags, fronts and the breaking-news banner call it for what readers see around them.
public sealed class ChangeNotifier(IEnumerable<IArticleChangeListener> listeners, IEnumerable<IChangeRelay> relays, ILogger<ChangeNotifier> logger)
{
    public async Task NotifyAsync(ArticlesChanged change)
    {
        await TellAsync(listeners, change);
        foreach (var relay in relays)
        {
            try
            {
                await relay.PublishAsync(change);
            }
            catch (Exception ex)
            {
                logger.ChangeListenerFailed(ex, relay.GetType().Name, change.Action);
            }
        }
    }

    // A change another node made: only this node's own copies need to hear of it.
    public Task ReceivedAsync(ArticlesChanged change) => TellAsync(listeners.Where(l => l.RunsOnEveryNode), change);

    private async Task TellAsync(IEnumerable<IArticleChangeListener> to, ArticlesChanged change)
    {
        foreach (var listener in to.OrderBy(l => l.RunsLast))
        {
            try
            {
                await listener.ArticlesChangedAsync(change, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.ChangeListenerFailed(ex, listener.GetType().Name, change.Action);
            }
        }
    }

    // A change outside the stories themselves: the sections, authors and tags whose pages show it, or every page
    // (the navigation, the breaking-news banner).
    public Task NotifyAsync(string action, IEnumerable<int>? sections = null, IEnumerable<int>? authors = null,
        IEnumerable<int>? tags = null, IEnumerable<int>? articles = null, bool everywhere = false) =>
        NotifyAsync(new ArticlesChanged(action, Set(articles), Set(sections), Set(authors), Set(tags)) { Everywhere = everywhere });

    private static HashSet<int> Set(IEnumerable<int>? ids) => [.. ids ?? []];
}

// Carries each change to the site's other nodes (Redis pub/sub when ConnectionStrings:Redis is set; none on one node).
public interface IChangeRelay
{
    Task PublishAsync(ArticlesChanged change);
}
