namespace NewsSite.Web.Search;

// The seam between the site and the search store. Everything provider-specific (FTS5 today; tsvector in PostgreSQL
// later) lives behind it; normalization, stemming and query parsing stay outside, so they carry over unchanged.
// Implementations work on the caller's DbContext connection and join its current transaction.
public interface ISearchIndex
{
    Task UpsertAsync(AnalyzedDocument document, CancellationToken cancellationToken);

    Task RemoveAsync(int articleId, CancellationToken cancellationToken);

    // Bulk load after ClearAsync: no per-row delete.
    Task AddAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken);

    Task ClearAsync(CancellationToken cancellationToken);

    // Merge the store's segments after a bulk load.
    Task OptimizeAsync(CancellationToken cancellationToken);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    // Stories matching every term (in its exact or stemmed form), best first: relevance with a recency boost.
    Task<SearchIndexPage> SearchAsync(IReadOnlyList<SearchTerm> terms, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken);
}

public sealed record SearchHit(int ArticleId, double Score);

public sealed record SearchIndexPage(IReadOnlyList<SearchHit> Hits, int Total);
