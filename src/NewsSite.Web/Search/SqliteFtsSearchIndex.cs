using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

// ISearchIndex on SQLite FTS5: the only place (with the migration) that writes FTS5 SQL.
public sealed class SqliteFtsSearchIndex(NewsDbContext db) : ISearchIndex
{
    // Created by the SearchVocabulary migration (contentless FTS5 over normalized text, with the publication time and
    // section beside it; see Data/Migrations).
    private const string Table = "StorySearch";

    // The words of the text columns with how many stories have them (a view FTS5 keeps itself; migration SearchVocabulary).
    private const string Vocabulary = "StorySearchVocabulary";

    // bm25 weights by column: headline, standfirst, body, tags (exact words), then head and body stems. A word found
    // as written scores in an exact column and again in a stem column, so exact matches outrank stem-only ones.
    private const string Rank = $"bm25({Table}, 8.0, 4.0, 1.0, 5.0, 2.0, 0.5)";

    // Up to twice the relevance for a story published now, 1.5× at a week old, fading towards 1× (ages in days).
    private const string RecencyBoost = "(1.0 + 1.0 / (1.0 + max(0.0, $now - published) / 7.0))";

    private const string InsertSql = $"""
        INSERT INTO {Table} (rowid, title, standfirst, body, tags, head_stems, body_stems, published, section)
        VALUES ($id, $title, $standfirst, $body, $tags, $head_stems, $body_stems, $published, $section);
        """;

    public async Task UpsertAsync(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using (var delete = scope.Command($"DELETE FROM {Table} WHERE rowid = $id;"))
        {
            delete.With("$id", document.Id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = CreateInsert(scope);
        await InsertAsync(insert, document, cancellationToken);
    }

    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var delete = scope.Command($"DELETE FROM {Table} WHERE rowid = $id;");
        delete.With("$id", articleId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AddAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var insert = CreateInsert(scope);
        insert.Prepare();
        foreach (var document in documents)
        {
            await InsertAsync(insert, document, cancellationToken);
        }
    }

    public Task ClearAsync(CancellationToken cancellationToken) => CommandAsync("delete-all", cancellationToken);

    public Task OptimizeAsync(CancellationToken cancellationToken) => CommandAsync("optimize", cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var command = scope.Command($"SELECT EXISTS (SELECT 1 FROM {Table});");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
    }

    public async Task<SearchIndexPage> SearchAsync(
        SearchPlan plan, SearchFilters filters, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken, int? total = null)
    {
        if (plan.Groups.Count == 0)
        {
            return new([], 0);
        }

        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        var where = Where(filters, withSection: true);
        if (total is null)
        {
            await using var count = scope.Command($"SELECT count(*) FROM {Table} WHERE {where};");
            Bind(count, plan, filters);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        if (total == 0 || skip >= total)
        {
            return new([], total.Value);
        }

        // Every match is ranked, in tiers: stories matching the query as typed before those found only through another
        // reading; within that, stories with the words in the headline, standfirst or tags, by bm25 times the recency
        // boost; then stories with them only in the body, most recently added first. bm25 reads a story's word positions (about a
        // millisecond per thousand matches), so it is spent only where it decides the order: on the head matches.
        // The rank expression must stay in this SELECT (FTS5 refuses auxiliary functions in a flattened subquery).
        var newest = filters.Sort != SearchSort.Relevance;
        var tier = plan.HasReadings && !newest ? $"({Table}.rowid NOT IN (SELECT rowid FROM {Table} WHERE {Table} MATCH $literal))" : "0";
        var score = newest ? "0.0" : $"CASE WHEN {Table}.rowid IN (SELECT rowid FROM {Table} WHERE {Table} MATCH $head) THEN {Rank} * {RecencyBoost} ELSE 0.0 END";
        var order = filters.Sort switch
        {
            SearchSort.Newest => $"published DESC, {Table}.rowid DESC",
            SearchSort.Added => $"{Table}.rowid DESC",
            _ => $"tier, score, {Table}.rowid DESC",   // body-only matches: newest added first (no lookup of each one's date)
        };
        await using var select = scope.Command($"""
            SELECT {Table}.rowid, {score} AS score, {tier} AS tier
            FROM {Table}
            WHERE {where}
            ORDER BY {order}
            LIMIT $take OFFSET $skip;
            """);
        Bind(select, plan, filters);
        if (plan.HasReadings && !newest)
        {
            select.With("$literal", MatchExpression(plan, literalOnly: true));
        }

        if (!newest)
        {
            select.With("$head", MatchExpression(plan, literalOnly: false, head: true));
            select.With("$now", ToJulianDay(nowUtc));
        }

        select.With("$take", take);
        select.With("$skip", skip);
        var hits = new List<SearchHit>(take);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetDouble(1)));
        }

        return new(hits, total.Value);
    }

    public async Task<IReadOnlyDictionary<int, int>> SectionCountsAsync(SearchPlan plan, SearchFilters filters, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<int, int>();
        if (plan.Groups.Count == 0)
        {
            return counts;
        }

        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        var where = Where(filters, withSection: false);
        await using var command = scope.Command($"SELECT section, count(*) FROM {Table} WHERE {where} GROUP BY section;");
        Bind(command, plan, filters with { SectionId = null });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    public async Task<IReadOnlyDictionary<string, int>> KnownWordsAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return known;
        }

        // fts5vocab answers term = ? by seeking, so an IN list costs one lookup per word.
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        var names = words.Select((_, i) => "$w" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = scope.Command($"""
            SELECT term, max(doc) FROM {Vocabulary}
            WHERE term IN ({string.Join(", ", names)}) AND col IN ('title', 'standfirst', 'body', 'tags')
            GROUP BY term;
            """);
        foreach (var (word, name) in words.Zip(names))
        {
            command.With(name, word);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = reader.GetInt32(1);
        }

        return known;
    }

    public async Task<IReadOnlyList<int>> HeadlinesAsync(IReadOnlyList<string> words, string prefix, int take, CancellationToken cancellationToken)
    {
        var parts = words.Select(w => "title : " + Quote(w)).Append("title : " + Quote(prefix) + " *");
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var command = scope.Command($"SELECT rowid FROM {Table} WHERE {Table} MATCH $match ORDER BY rowid DESC LIMIT $take;");
        command.With("$match", string.Join(" AND ", parts));
        command.With("$take", take);
        var ids = new List<int>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    // The WHERE of a search: the match, and the publication window and section on the index's own columns; the author
    // and tag through the bylines and tags tables.
    private static string Where(SearchFilters filters, bool withSection)
    {
        var where = new List<string> { $"{Table} MATCH $match" };
        if (filters.FromUtc is not null)
        {
            where.Add("published >= $from");
        }

        if (filters.ToUtc is not null)
        {
            where.Add("published < $to");
        }

        if (withSection && filters.SectionId is not null)
        {
            where.Add("section = $section");
        }

        if (filters.AuthorId is not null)
        {
            where.Add($"EXISTS (SELECT 1 FROM ArticleBylines b WHERE b.ArticleId = {Table}.rowid AND b.AuthorId = $author)");
        }

        if (filters.TagId is not null)
        {
            where.Add($"EXISTS (SELECT 1 FROM ArticleTags t WHERE t.ArticlesId = {Table}.rowid AND t.TagsId = $tag)");
        }

        return string.Join(" AND ", where);
    }

    private static void Bind(DbCommand command, SearchPlan plan, SearchFilters filters)
    {
        command.With("$match", MatchExpression(plan, literalOnly: false));
        if (filters.FromUtc is { } from)
        {
            command.With("$from", ToJulianDay(from));
        }

        if (filters.ToUtc is { } to)
        {
            command.With("$to", ToJulianDay(to));
        }

        if (filters.SectionId is { } section)
        {
            command.With("$section", section);
        }

        if (filters.AuthorId is { } author)
        {
            command.With("$author", author);
        }

        if (filters.TagId is { } tag)
        {
            command.With("$tag", tag);
        }
    }

    // Every group must match: a word as normalized or by its stem, in any column (the column weights of the rank make
    // a headline or an exact word count for more); a phrase word for word in the text columns. Words are letters and
    // digits only (SearchQuery) and each is quoted, so nothing in them is read as FTS5 syntax.
    // head: only in the headline, standfirst and tags (and their stems).
    internal static string MatchExpression(SearchPlan plan, bool literalOnly, bool head = false) =>
        string.Join(" AND ", plan.Groups.Select(g => "(" + string.Join(" OR ", g.Alternatives.Where(a => !literalOnly || a.Literal).Select(a => Alternative(a, head))) + ")"));

    private static string Alternative(SearchAlternative alternative, bool head) => alternative switch
    {
        { Phrase: true } => $"({(head ? HeadText : AllText)} : " + Quote(string.Join(' ', alternative.Words.Select(w => w.Normalized))) + ")",
        { Words.Count: 1 } => Word(alternative.Words[0], head),
        _ => "(" + string.Join(" AND ", alternative.Words.Select(w => Word(w, head))) + ")",
    };

    private static string Word(SearchTerm term, bool head)
    {
        var word = term.Stem == term.Normalized ? Quote(term.Normalized) : $"({Quote(term.Normalized)} OR {Quote(term.Stem)})";
        return head ? $"({HeadWords} : {word})" : word;
    }

    private const string AllText = "{title standfirst body tags}";
    private const string HeadText = "{title standfirst tags}";
    private const string HeadWords = "{title standfirst tags head_stems}";

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static double ToJulianDay(DateTime utc) => utc.ToOADate() + 2415018.5;

    private async Task CommandAsync(string command, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var sql = scope.Command($"INSERT INTO {Table} ({Table}) VALUES ($command);");
        sql.With("$command", command);
        await sql.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateInsert(DbCommandScope scope)
    {
        var insert = scope.Command(InsertSql);
        foreach (var name in (string[])["$id", "$title", "$standfirst", "$body", "$tags", "$head_stems", "$body_stems", "$published", "$section"])
        {
            insert.With(name, DBNull.Value);
        }

        return insert;
    }

    private static async Task InsertAsync(DbCommand insert, AnalyzedDocument document, CancellationToken cancellationToken)
    {
        insert.Parameters["$id"].Value = document.Id;
        insert.Parameters["$title"].Value = document.Title;
        insert.Parameters["$standfirst"].Value = document.Standfirst;
        insert.Parameters["$body"].Value = document.Body;
        insert.Parameters["$tags"].Value = document.Tags;
        insert.Parameters["$head_stems"].Value = document.HeadStems;
        insert.Parameters["$body_stems"].Value = document.BodyStems;
        insert.Parameters["$published"].Value = ToJulianDay(document.PublishedAtUtc);
        insert.Parameters["$section"].Value = document.SectionId;
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
