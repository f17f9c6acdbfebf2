namespace NewsSite.Web.Publishing;

// Raised by the workflow once per action, after it is committed: which stories changed, and every section, author and
// tag whose pages showed them before or show them now. Caches evict by these; nothing here says how a page looks.
public sealed record ArticlesChanged(
    string Action,
    IReadOnlySet<int> ArticleIds,
    IReadOnlySet<int> SectionIds,
    IReadOnlySet<int> AuthorIds,
    IReadOnlySet<int> TagIds)
{
    // Every page shows what changed (the navigation, the breaking-news banner, a front's lead).
    public bool Everywhere { get; init; }
}

// Registered in DI by whoever keeps copies of article data (the short-link cache, page caches). A listener that throws
// is logged and skipped: the change is already saved.
public interface IArticleChangeListener
{
    Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken);

    // On several nodes, told of every change, wherever it was made (Nodes/RedisChangeRelay): copies kept in this
    // process's memory, a sender to wake. False: told only on the node that made it — what must happen once (the
    // webhooks' announcement, metrics).
    bool RunsOnEveryNode => false;

    // After every other listener: the pages, evicted once the copies they are made from are gone, so a page made in
    // between is not kept.
    bool RunsLast => false;
}
