using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;

namespace NewsSite.Web.Search;

public sealed record SearchResult(ArticleCard Card, HighlightedText Title, HighlightedText Snippet);

// A page of results, how many stories match in each section (section id → count), and a corrected query when the
// words as typed found few stories ("هل تقصد…؟").
public sealed record SearchOutcome(PagedList<SearchResult> Results, IReadOnlyDictionary<int, int> SectionCounts, string? DidYouMean);

// Searches for a parsed query: the plan (as typed, and other readings), hits from the index, cards and highlighted text
// from the articles.
public sealed class SearchService(NewsDbContext db, ISearchIndex index, MarkdownRenderer markdown, TimeProvider clock, SearchMisses? misses = null)
{
    // When a search finds fewer stories than this, a spelling suggestion is looked for.
    private const int FewResults = 3;

    public async Task<PagedList<SearchResult>> SearchAsync(SearchQuery query, int page, int pageSize, CancellationToken cancellationToken) =>
        (await SearchAsync(query, SearchFilters.None, page, pageSize, facets: false, cancellationToken)).Results;

    public async Task<SearchOutcome> SearchAsync(
        SearchQuery query, SearchFilters filters, int page, int pageSize, bool facets, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            // A query of function words alone (في، من) matches nearly every story: nothing to rank or count by section.
            if (query.Phrases.Count == 0 && query.Terms.All(t => ArabicStopWords.Contains(t.Normalized)))
            {
                (filters, facets) = (filters with { Sort = SearchSort.Added }, false);
            }

            var known = await index.KnownWordsAsync(SearchPlan.Questions(query), cancellationToken);
            var plan = SearchPlan.For(query, known.Keys.ToHashSet(StringComparer.Ordinal));
            // The counts per section also give the total, so the page's search does not count again.
            var counts = facets ? await index.SectionCountsAsync(plan, filters, cancellationToken) : new Dictionary<int, int>();
            int? total = facets ? filters.SectionId is { } section ? counts.GetValueOrDefault(section) : counts.Values.Sum() : null;
            var results = await FindAsync(query, plan, filters, page, pageSize, total, cancellationToken);
            string? suggestion = null;
            if (facets && page == 1 && results.TotalItems < FewResults)
            {
                suggestion = await DidYouMeanAsync(query, cancellationToken);
                if (results.TotalItems == 0 && filters == SearchFilters.None)
                {
                    misses?.Record(query);
                }
            }

            return new SearchOutcome(results, counts, suggestion);
        }
        finally
        {
            NewsMetrics.SearchDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private async Task<PagedList<SearchResult>> FindAsync(
        SearchQuery query, SearchPlan plan, SearchFilters filters, int page, int pageSize, int? total, CancellationToken cancellationToken)
    {
        var skip = (int)Math.Min(int.MaxValue, (page - 1L) * pageSize);   // a page number far past the end never overflows
        var found = await index.SearchAsync(plan, filters, clock.GetUtcNow().UtcDateTime, skip, pageSize, cancellationToken, total);
        if (found.Hits.Count == 0)
        {
            return new([], page, pageSize, found.Total);
        }

        var ids = found.Hits.Select(h => h.ArticleId).ToList();
        // Looked up by primary key alone: with Status in the same WHERE, SQLite (which has no statistics here) picks
        // the Status index and reads every published row. Published-ness is checked on the rows instead, so a story
        // unpublished a moment ago never shows, whatever the index says.
        var stories = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, BodyMarkdown = a.Content.BodyMarkdown, Published = a.Status == ArticleStatus.Published && a.PublishedAtUtc != null })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var published = stories.Values.Where(s => s.Published).Select(s => s.Id).ToList();
        var cards = await db.Articles.AsNoTracking().Where(a => published.Contains(a.Id) && a.PublishedAtUtc != null).ToCardsWithBylines()
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        var highlighter = new SearchHighlighter(query.HighlightTerms);
        var results = new List<SearchResult>(ids.Count);
        foreach (var id in ids)
        {
            if (!cards.TryGetValue(id, out var card))
            {
                continue;
            }

            var text = OneLine(card.Standfirst + " " + markdown.ToPlainText(stories[id].BodyMarkdown));
            results.Add(new SearchResult(card, highlighter.Highlight(card.Title), highlighter.Snippet(text)));
        }

        return new(results, page, pageSize, found.Total);
    }

    // The query with each word the stories lack replaced by the likeliest spelling they have, written as a story
    // prints it (with its hamza and ة); null when no word needs it.
    private async Task<string?> DidYouMeanAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = query.Terms.Select(t => t.Normalized).Concat(query.Phrases.SelectMany(p => p.Words)).Distinct(StringComparer.Ordinal).ToList();
        var stories = await index.KnownWordsAsync(words, cancellationToken);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var candidates = Spelling.Candidates(word);
            if (candidates.Count == 0)
            {
                continue;
            }

            var known = await index.KnownWordsAsync(candidates.Keys, cancellationToken);
            if (Spelling.Best(word, stories.GetValueOrDefault(word), candidates, known) is { } best)
            {
                corrections[word] = await PrintedAsync(best, cancellationToken) ?? best;
            }
        }

        return corrections.Count == 0 ? null : Rewrite(query.Text, corrections);
    }

    // How a story prints a normalized word: the first word of a story that has it whose normalization is that word.
    private async Task<string?> PrintedAsync(string normalized, CancellationToken cancellationToken)
    {
        var word = new SearchTerm(normalized, normalized);
        var plan = new SearchPlan([new SearchGroup([new SearchAlternative([word], Phrase: false, Literal: true)])]);
        var found = await index.SearchAsync(plan, SearchFilters.None with { Sort = SearchSort.Newest }, clock.GetUtcNow().UtcDateTime, 0, 1, cancellationToken);
        if (found.Hits.Count == 0)
        {
            return null;
        }

        var id = found.Hits[0].ArticleId;
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Content.Title, a.Content.Standfirst, a.Content.BodyMarkdown }).FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }

        return ArabicNormalizer.PrintedWords(story.Title + " " + story.Standfirst + " " + markdown.ToPlainText(story.BodyMarkdown))
            .FirstOrDefault(w => ArabicNormalizer.Normalize(w) == normalized);
    }

    // The reader's own text with the misspelled words swapped, so their other words and order stay as typed.
    private static string Rewrite(string text, Dictionary<string, string> corrections) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(raw =>
        {
            var bare = raw.Trim('"');
            return corrections.TryGetValue(ArabicNormalizer.Normalize(bare), out var better) ? raw.Replace(bare, better, StringComparison.Ordinal) : raw;
        }));

    // Paragraph breaks become spaces: a snippet is one run of text.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
