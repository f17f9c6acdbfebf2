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

    // Stories matching the plan within the filters, best first (relevance with a recency boost, stories matching as
    // typed before those found only through another reading) or newest first.
    // total: the number of matches when the caller knows it already (from SectionCountsAsync), saving a count.
    Task<SearchIndexPage> SearchAsync(
        SearchPlan plan, SearchFilters filters, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken, int? total = null);

    // How many stories match in each section (by section id), with every filter but the section.
    Task<IReadOnlyDictionary<int, int>> SectionCountsAsync(SearchPlan plan, SearchFilters filters, CancellationToken cancellationToken);

    // Of these normalized words, those the stories' text contains (headline, standfirst, body or tags; not stems),
    // with how many stories contain each.
    Task<IReadOnlyDictionary<string, int>> KnownWordsAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken);

    // The newest stories whose headline has these words and a word starting with prefix (all normalized).
    Task<IReadOnlyList<int>> HeadlinesAsync(IReadOnlyList<string> words, string prefix, int take, CancellationToken cancellationToken);
}

public sealed record SearchHit(int ArticleId, double Score);

public sealed record SearchIndexPage(IReadOnlyList<SearchHit> Hits, int Total);
