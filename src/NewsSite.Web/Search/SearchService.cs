using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;

namespace NewsSite.Web.Search;

public sealed record SearchResult(ArticleCard Card, HighlightedText Title, HighlightedText Snippet);

// One page of results for a parsed query: hits from the index, cards and highlighted text from the articles.
public sealed class SearchService(NewsDbContext db, ISearchIndex index, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<PagedList<SearchResult>> SearchAsync(SearchQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var found = await index.SearchAsync(query.Terms, clock.GetUtcNow().UtcDateTime, (page - 1) * pageSize, pageSize, cancellationToken);
        if (found.Hits.Count == 0)
        {
            return new([], page, pageSize, found.Total);
        }

        var ids = found.Hits.Select(h => h.ArticleId).ToList();
        // Published() again: a story unpublished a moment ago never shows, whatever the index says.
        var cards = await db.Articles.AsNoTracking().Published().Where(a => ids.Contains(a.Id)).ToCards()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var bodies = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.BodyMarkdown }).ToDictionaryAsync(a => a.Id, a => a.BodyMarkdown, cancellationToken);

        var highlighter = new SearchHighlighter(query.Terms);
        var results = new List<SearchResult>(ids.Count);
        foreach (var id in ids)
        {
            if (!cards.TryGetValue(id, out var card))
            {
                continue;
            }

            var text = OneLine(card.Standfirst + " " + markdown.ToPlainText(bodies[id]));
            results.Add(new SearchResult(card, highlighter.Highlight(card.Title), highlighter.Snippet(text)));
        }

        return new(results, page, pageSize, found.Total);
    }

    // Paragraph breaks become spaces: a snippet is one run of text.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
