using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;

namespace NewsSite.Web.Search;

// Keeps the index equal to the published articles: per story (ArticleWorkflow calls UpdateAsync inside every
// action's transaction) and all at once (the --rebuild-search-index switch, and at startup when the index is empty
// but stories exist).
public sealed class SearchIndexer(NewsDbContext db, ISearchIndex index, MarkdownRenderer markdown, ILogger<SearchIndexer> logger)
{
    private const int BatchSize = 500;
    private const string Savepoint = "search_index";

    // Published stories are (re)indexed; anything else among these ids (draft, unpublished, deleted) is removed. Inside
    // the caller's transaction, a failure rolls back to a savepoint and is logged: the story is saved anyway, because
    // publishing never waits on search (--rebuild-search-index repairs the index).
    public async Task UpdateAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is not { } transaction)
        {
            await WriteAsync(articleIds, cancellationToken);
            return;
        }

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            await WriteAsync(articleIds, cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            logger.SearchIndexUpdateFailed(ex, articleIds.Count);
        }
    }

    private async Task WriteAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var documents = await LoadAsync(db.Articles.Published().Where(a => articleIds.Contains(a.Id)), cancellationToken);
        var published = documents.ToDictionary(d => d.Id);
        foreach (var id in articleIds)
        {
            if (published.TryGetValue(id, out var document))
            {
                await index.UpsertAsync(AnalyzedDocument.From(document), cancellationToken);
            }
            else
            {
                await index.RemoveAsync(id, cancellationToken);
            }
        }
    }

    // One transaction: readers keep searching the old index until the new one is complete.
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await index.ClearAsync(cancellationToken);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await LoadAsync(
                db.Articles.Published().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize), cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await index.AddAsync([.. batch.Select(AnalyzedDocument.From)], cancellationToken);
            count += batch.Count;
            lastId = batch.Max(d => d.Id);
        }

        await index.OptimizeAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.SearchIndexRebuilt(count, stopwatch.ElapsedMilliseconds);
        return count;
    }

    // After a first deployment of search on an existing database, or a restore without the index.
    public async Task<bool> EnsurePopulatedAsync(CancellationToken cancellationToken)
    {
        if (!await index.IsEmptyAsync(cancellationToken) || !await db.Articles.Published().AnyAsync(cancellationToken))
        {
            return false;
        }

        await RebuildAsync(cancellationToken);
        return true;
    }

    private async Task<List<SearchDocument>> LoadAsync(IQueryable<Models.Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Content.Title,
                a.Content.Standfirst,
                a.Content.BodyMarkdown,
                Tags = a.Tags.Select(t => t.Name).ToList(),
                PublishedAtUtc = a.PublishedAtUtc!.Value,
                a.SectionId,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchDocument(r.Id, r.Title, r.Standfirst, markdown.ToPlainText(r.BodyMarkdown), r.Tags, r.PublishedAtUtc, r.SectionId))];
    }
}
