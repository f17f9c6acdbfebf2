using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;

namespace NewsSite.Web.Search;

// Any code that saves an Article through NewsDbContext (publishing, editing, unpublishing, deleting, seeding, a tag
// rename) updates the search index in the same transaction: SavingChanges notes what changed and makes sure a
// transaction is open, SavedChanges (ids are known by then) writes the index and commits. Bulk
// ExecuteUpdate/ExecuteDelete bypass SaveChanges: callers of those use SearchIndexer, or rebuild.
public sealed class SearchIndexInterceptor(
    Func<NewsDbContext, ISearchIndex> indexFactory, MarkdownRenderer markdown, ILoggerFactory loggers) : SaveChangesInterceptor
{
    private const string Savepoint = "search_index";
    private const string ArticleTagsEntity = "ArticleTags";

    // Properties that change what search finds; a view-count save does not touch the index.
    private static readonly string[] IndexedProperties =
        [nameof(Article.Title), nameof(Article.Standfirst), nameof(Article.BodyMarkdown), nameof(Article.Status), nameof(Article.PublishedAtUtc)];

    private readonly ConditionalWeakTable<DbContext, PendingChanges> _pending = [];
    private readonly ILogger _logger = loggers.CreateLogger<SearchIndexInterceptor>();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db)
        {
            await CaptureAsync(db, cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db && _pending.TryGetValue(db, out var pending))
        {
            _pending.Remove(db);
            await ApplyAsync(db, pending);
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    // The synchronous SaveChanges: Microsoft.Data.Sqlite's async methods complete synchronously and ASP.NET Core has
    // no synchronization context, so waiting on the async path is safe here and keeps one implementation.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        SaveChangesCanceledAsync(eventData).GetAwaiter().GetResult();

    private async Task CaptureAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        // SavingChanges runs before SaveChanges' own DetectChanges.
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var articles = new List<Article>();
        var ids = new HashSet<int>();
        var tagIds = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Article article when entry.State == EntityState.Added || (entry.State == EntityState.Modified && IsIndexedChange(entry)):
                    articles.Add(article);   // an added story's id is known only after the save
                    break;
                case Article article when entry.State == EntityState.Deleted:
                    ids.Add(article.Id);
                    break;
                case Tag tag when entry.State == EntityState.Deleted
                    || (entry.State == EntityState.Modified && entry.Property(nameof(Tag.Name)).IsModified):
                    tagIds.Add(tag.Id);
                    break;
                case not null when entry.Metadata.Name == ArticleTagsEntity && entry.State is EntityState.Added or EntityState.Deleted:
                    var articleId = entry.Property("ArticlesId");
                    if (!articleId.IsTemporary && articleId.CurrentValue is int id)
                    {
                        ids.Add(id);
                    }

                    break;
            }
        }

        if (tagIds.Count > 0)
        {
            // Before the save: a deleted tag's links are gone afterwards.
            ids.UnionWith(await db.Articles.AsNoTracking().Where(a => a.Tags.Any(t => tagIds.Contains(t.Id)))
                .Select(a => a.Id).ToListAsync(cancellationToken));
        }

        if (articles.Count == 0 && ids.Count == 0)
        {
            return;
        }

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        _pending.AddOrUpdate(db, new PendingChanges(articles, ids, owned));
    }

    // The rows are written by now, so this no longer listens to cancellation: stopping here would roll back a save
    // that EF has already accepted. A failing index update is rolled back to its savepoint and logged, and the
    // story is saved anyway: publishing never waits on search (a rebuild repairs the index).
    private async Task ApplyAsync(NewsDbContext db, PendingChanges pending)
    {
        var ids = new HashSet<int>(pending.Ids);
        ids.UnionWith(pending.Articles.Select(a => a.Id));
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The save's transaction ended before the search index was updated.");
        try
        {
            await transaction.CreateSavepointAsync(Savepoint, CancellationToken.None);
            try
            {
                var indexer = new SearchIndexer(db, indexFactory(db), markdown, loggers.CreateLogger<SearchIndexer>());
                await indexer.UpdateAsync(ids, CancellationToken.None);
                await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                _logger.SearchIndexUpdateFailed(ex, ids.Count);
            }

            if (pending.OwnedTransaction is not null)
            {
                await pending.OwnedTransaction.CommitAsync(CancellationToken.None);
            }
        }
        finally
        {
            if (pending.OwnedTransaction is not null)
            {
                await pending.OwnedTransaction.DisposeAsync();
            }
        }
    }

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.OwnedTransaction is not null)
            {
                await pending.OwnedTransaction.DisposeAsync();   // rolls back
            }
        }
    }

    private static bool IsIndexedChange(EntityEntry entry) => IndexedProperties.Any(p => entry.Property(p).IsModified);

    private sealed record PendingChanges(List<Article> Articles, HashSet<int> Ids, IDbContextTransaction? OwnedTransaction);
}
