using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Web.Data;
using NewsSite.Web.Publishing;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Publishing;

// The app with a clock the test moves, no background publisher (the test fires it), and recorders on the two seams
// every workflow action must reach: the search index and the change notification.
public sealed class WorkflowFactory : NewsSiteFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<ArticlesChanged> Changes { get; } = new();

    public ConcurrentQueue<(string Call, int ArticleId)> IndexWrites { get; } = new();

    // When set, every index write fails (the index is "down").
    public bool IndexDown { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IArticleChangeListener>(new RecordingListener(Changes));
            services.AddScoped<ISearchIndex>(s => new RecordingIndex(OnPostgres ? new PostgresSearchIndex(s.GetRequiredService<NewsDbContext>()) : new SqliteFtsSearchIndex(s.GetRequiredService<NewsDbContext>()), this));
            var publisher = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ScheduledPublisher));
            services.Remove(publisher);
        });
    }

    private sealed class RecordingListener(ConcurrentQueue<ArticlesChanged> changes) : IArticleChangeListener
    {
        public Task ArticlesChangedAsync(ArticlesChanged change, CancellationToken cancellationToken)
        {
            changes.Enqueue(change);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingIndex(ISearchIndex inner, WorkflowFactory factory) : ISearchIndex
    {
        public Task UpsertAsync(AnalyzedDocument document, CancellationToken cancellationToken)
        {
            Record("upsert", document.Id);
            return inner.UpsertAsync(document, cancellationToken);
        }

        public Task RemoveAsync(int articleId, CancellationToken cancellationToken)
        {
            Record("remove", articleId);
            return inner.RemoveAsync(articleId, cancellationToken);
        }

        public Task AddAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken) => inner.AddAsync(documents, cancellationToken);

        public Task ClearAsync(CancellationToken cancellationToken) => inner.ClearAsync(cancellationToken);

        public Task OptimizeAsync(CancellationToken cancellationToken) => inner.OptimizeAsync(cancellationToken);

        public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => inner.IsEmptyAsync(cancellationToken);

        public Task<SearchIndexPage> SearchAsync(
            SearchPlan plan, SearchFilters filters, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken, int? total = null) =>
            inner.SearchAsync(plan, filters, nowUtc, skip, take, cancellationToken, total);

        public Task<IReadOnlyDictionary<int, int>> SectionCountsAsync(SearchPlan plan, SearchFilters filters, CancellationToken cancellationToken) =>
            inner.SectionCountsAsync(plan, filters, cancellationToken);

        public Task<IReadOnlyDictionary<string, int>> KnownWordsAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken) =>
            inner.KnownWordsAsync(words, cancellationToken);

        public Task<IReadOnlyList<int>> HeadlinesAsync(IReadOnlyList<string> words, string prefix, int take, CancellationToken cancellationToken) =>
            inner.HeadlinesAsync(words, prefix, take, cancellationToken);

        private void Record(string call, int articleId)
        {
            if (factory.IndexDown)
            {
                throw new InvalidOperationException("index down");
            }

            factory.IndexWrites.Enqueue((call, articleId));
        }
    }
}
