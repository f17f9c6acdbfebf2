using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsSite.Web.Data;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Search;

public sealed record Suggestion(string Kind, string Text, string Url);

// As-you-type suggestions for the header search: sections, tags and writers whose name has the words typed (the last
// one as a beginning), then the newest headlines that do. Letters are compared normalized, so أ and ا, ة and ه meet.
public sealed class SearchSuggestions(NewsDbContext db, ISearchIndex index, IMemoryCache cache)
{
    public const int MinPrefix = 2;
    private const int NamesPerKind = 3;
    private const int Headlines = 5;
    private static readonly TimeSpan NamesKept = TimeSpan.FromMinutes(1);

    private sealed record Name(string Kind, string Text, string Url, IReadOnlyList<string> Words);

    public async Task<IReadOnlyList<Suggestion>> ForAsync(string? text, CancellationToken cancellationToken)
    {
        var words = ArabicNormalizer.Tokenize((text ?? "").Length > SearchQuery.MaxLength ? "" : text ?? "");
        if (words.Count == 0 || string.Concat(words).Length < MinPrefix)
        {
            return [];
        }

        // The last word is being typed; a name may be typed apart that stories write as one (أبو ظ… → أبوظبي).
        var (rest, prefix) = (words[..^1], words[^1]);
        var joined = words.Count > 1 ? string.Concat(words) : null;
        bool Matches(Name name) =>
            (prefix.Length >= MinPrefix && rest.All(w => name.Words.Contains(w, StringComparer.Ordinal)) && name.Words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal)))
            || (joined is not null && name.Words.Any(w => w.StartsWith(joined, StringComparison.Ordinal)));
        var names = await NamesAsync(cancellationToken);
        var suggestions = names.Where(Matches).GroupBy(n => n.Kind).SelectMany(g => g.Take(NamesPerKind))
            .Select(n => new Suggestion(n.Kind, n.Text, n.Url)).ToList();

        var ids = prefix.Length >= MinPrefix ? await index.HeadlinesAsync(rest, prefix, Headlines, cancellationToken) : [];
        if (ids.Count == 0 && joined is not null)
        {
            ids = await index.HeadlinesAsync([], joined, Headlines, cancellationToken);
        }

        var stories = await db.Articles.AsNoTracking().Published().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Content.Title }).ToDictionaryAsync(a => a.Id, cancellationToken);
        suggestions.AddRange(ids.Where(stories.ContainsKey).Select(id => new Suggestion("story", stories[id].Title, SiteUrls.Article(id, stories[id].Slug))));
        return suggestions;
    }

    // Visible sections, tags with a published story, and writers with one, kept for a minute.
    private async Task<IReadOnlyList<Name>> NamesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("search-suggestion-names", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = NamesKept;
            var sections = await db.Sections.AsNoTracking().Where(s => !s.IsHidden).OrderBy(s => s.DisplayOrder).Select(s => new { s.Name, s.Slug }).ToListAsync(cancellationToken);
            var tags = await db.Tags.AsNoTracking().Where(t => t.Articles.Any(a => a.Status == Models.ArticleStatus.Published))
                .OrderByDescending(t => t.Articles.Count).Select(t => new { t.Name, t.Slug }).ToListAsync(cancellationToken);
            var authors = await db.Authors.AsNoTracking().Where(a => db.Articles.Any(x => x.Status == Models.ArticleStatus.Published && x.Bylines.Any(b => b.AuthorId == a.Id)))
                .OrderBy(a => a.Name).Select(a => new { a.Name, a.Slug }).ToListAsync(cancellationToken);
            return (IReadOnlyList<Name>)[
                .. sections.Select(s => new Name("section", s.Name, SiteUrls.Section(s.Slug), ArabicNormalizer.Tokenize(s.Name))),
                .. tags.Select(t => new Name("tag", t.Name, SiteUrls.Tag(t.Slug), ArabicNormalizer.Tokenize(t.Name))),
                .. authors.Select(a => new Name("author", a.Name, SiteUrls.Author(a.Slug), ArabicNormalizer.Tokenize(a.Name))),
            ];
        }))!;
}
