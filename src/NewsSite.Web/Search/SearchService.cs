using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;

namespace NewsSite.Web.Search;

public sealed record SearchResult(ArticleCard Card, HighlightedText Title, HighlightedText Snippet);

// One page of results for a parsed query: hits from the index, cards and highlighted text from the articles.
public sealed class SearchService(NewsDbContext db, ISearchIndex index, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<PagedList<SearchResult>> SearchAsync(SearchQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await FindAsync(query, page, pageSize, cancellationToken);
        }
        finally
        {
            NewsMetrics.SearchDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private async Task<PagedList<SearchResult>> FindAsync(SearchQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var skip = (int)Math.Min(int.MaxValue, (page - 1L) * pageSize);   // a page number far past the end never overflows
        var found = await index.SearchAsync(query.Terms, clock.GetUtcNow().UtcDateTime, skip, pageSize, cancellationToken);
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

        var highlighter = new SearchHighlighter(query.Terms);
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

    // Paragraph breaks become spaces: a snippet is one run of text.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
