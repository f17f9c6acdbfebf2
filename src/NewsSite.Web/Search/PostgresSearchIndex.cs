using System.Data.Common;
using System.Globalization;
using System.Text;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;

namespace NewsSite.Web.Search;

// ISearchIndex on PostgreSQL full-text search: the only place (with the migration) that writes tsvector/tsquery SQL.
// Each story's tsvector is built here from the analyzed columns, not by to_tsvector, so no PostgreSQL parser or
// dictionary touches a word: it holds exactly the normalized words and stems the other stores hold. Columns become
// weights — headline A, standfirst and tags B, their stems C, body D — and the body's stems carry a leading ~, so
// that the words of the text (KnownWordsAsync, phrases) are never confused with stems.
public sealed class PostgresSearchIndex(NewsDbContext db) : ISearchIndex
{
    // Created by the Initial migration (Data/Postgres/Migrations): the story's id, tsvector, publication time and section.
    private const string Table = "\"StorySearch\"";

    private const string BodyStemPrefix = "~";

    // A tsvector's limits: positions up to 16383, 256 positions per lexeme, lexemes under 2 KB and 1 MB of them in
    // all. Past the last two PostgreSQL refuses the row, so a story's vector stays inside them all.
    private const int MaxPosition = 16383;
    private const int MaxPositions = 256;
    private const int MaxLexemeBytes = 2046;   // PostgreSQL refuses a word of MAXSTRLEN (2047) bytes or more
    private const int MaxVectorBytes = 1 << 20;

    // Between columns, so that a phrase (<->: the next position) never runs from one column into the next.
    private const int ColumnGap = 10;

    private const string HeadStemPrefix = "^";

    // ts_rank's weights are D, C, B, A over the head vector: (unused), stems of the head, standfirst and tags, headline.
    private const string Rank = """ts_rank('{0.1, 0.2, 0.4, 1.0}', s."Head", @head::tsquery)::float8""";

    // Up to twice the relevance for a story published now, 1.5× at a week old, fading towards 1× (ages in days).
    private const string RecencyBoost = """(1.0 + 1.0 / (1.0 + greatest(0.0, extract(epoch from (@now - s."Published"))::float8 / 86400.0) / 7.0))""";

    // One statement for a single story and for the bulk load, so a story indexed twice never fails a rebuild.
    private const string UpsertSql = $$"""
        INSERT INTO {{Table}} ("Id", "Words", "Head", "Published", "Section")
        VALUES (@id, @words::tsvector, @head::tsvector, @published, @section)
        ON CONFLICT ("Id") DO UPDATE
        SET "Words" = excluded."Words", "Head" = excluded."Head", "Published" = excluded."Published", "Section" = excluded."Section"
        """;

    public async Task UpsertAsync(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var upsert = scope.Command(UpsertSql);
        SetDocument(upsert, document);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task RemoveAsync(int articleId, CancellationToken cancellationToken) =>
        ExecuteAsync($"""DELETE FROM {Table} WHERE "Id" = @id""", articleId, cancellationToken);

    public async Task AddAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var insert = scope.Command(UpsertSql);
        for (var i = 0; i < documents.Count; i++)
        {
            SetDocument(insert, documents[i]);
            if (i == 0)
            {
                await insert.PrepareAsync(cancellationToken);   // once the parameters have values, hence types
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // DELETE rather than TRUNCATE: TRUNCATE would lock readers out for the whole rebuild, which promises that they
    // keep searching the old rows until it commits.
    public Task ClearAsync(CancellationToken cancellationToken) => ExecuteAsync($"DELETE FROM {Table}", null, cancellationToken);

    // VACUUM cannot run inside the rebuild's transaction; ANALYZE can, and gives the planner the new table. Autovacuum
    // merges the GIN index's pending entries.
    public Task OptimizeAsync(CancellationToken cancellationToken) => ExecuteAsync($"ANALYZE {Table}", null, cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var command = scope.Command($"SELECT NOT EXISTS (SELECT 1 FROM {Table})");
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // Score: ts_rank times the recency boost for stories with the words in the headline, standfirst or tags, else 0.
    // Higher is better (unlike bm25); the order is already decided here and callers only pass it on.
    public async Task<SearchIndexPage> SearchAsync(
        SearchPlan plan, SearchFilters filters, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken, int? total = null)
    {
        if (plan.Groups.Count == 0)
        {
            return new([], 0);
        }

        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var reads = await IndexScansAsync(scope, cancellationToken);
        var where = Where(filters);
        if (total is null)
        {
            await using var count = scope.Command($"SELECT count(*)::int FROM {Table} s WHERE {where}");
            Bind(count, plan, filters);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        if (total == 0 || skip >= total)
        {
            return new([], total.Value);
        }

        // Tiers: stories matching the query as typed before those found only through another reading; within that,
        // stories with the words in the headline, standfirst or tags by rank and recency; then body-only matches,
        // most recently added first. The tier is one more index lookup (not a test of each row's large vector), and
        // the head test and ts_rank read only the small head vector.
        var relevance = filters.Sort == SearchSort.Relevance;
        var tier = relevance && plan.HasReadings
            ? $"""CASE WHEN s."Id" IN (SELECT l."Id" FROM {Table} l WHERE l."Words" @@ @literal::tsquery) THEN 0 ELSE 1 END"""
            : "0";
        var score = relevance ? $"""CASE WHEN s."Head" @@ @head::tsquery THEN {Rank} * {RecencyBoost} ELSE 0.0 END""" : "0.0::float8";
        var order = filters.Sort switch
        {
            SearchSort.Newest => """s."Published" DESC, s."Id" DESC""",
            SearchSort.Added => """s."Id" DESC""",
            _ => """tier, score DESC, s."Id" DESC""",
        };
        await using var select = scope.Command($"""
            SELECT s."Id", {score} AS score, {tier} AS tier
            FROM {Table} s
            WHERE {where}
            ORDER BY {order}
            LIMIT @take OFFSET @skip
            """);
        Bind(select, plan, filters);
        if (relevance && plan.HasReadings)
        {
            select.With("@literal", MatchExpression(plan, literalOnly: true));
        }

        if (relevance)
        {
            select.With("@head", MatchExpression(plan, literalOnly: false, head: true));
            select.With("@now", Utc(nowUtc));
        }

        select.With("@take", take);
        select.With("@skip", skip);
        return new(await ReadAsync(select, r => new SearchHit(r.GetInt32(0), r.GetDouble(1)), cancellationToken), total.Value);
    }

    public async Task<IReadOnlyDictionary<int, int>> SectionCountsAsync(SearchPlan plan, SearchFilters filters, CancellationToken cancellationToken)
    {
        if (plan.Groups.Count == 0)
        {
            return new Dictionary<int, int>();
        }

        var anySection = filters with { SectionId = null };
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var reads = await IndexScansAsync(scope, cancellationToken);
        await using var command = scope.Command($"""
            SELECT s."Section", count(*)::int
            FROM {Table} s
            WHERE {Where(anySection)}
            GROUP BY s."Section"
            """);
        Bind(command, plan, anySection);
        var rows = await ReadAsync(command, r => (Section: r.GetInt32(0), Stories: r.GetInt32(1)), cancellationToken);
        return rows.ToDictionary(r => r.Section, r => r.Stories);
    }

    public async Task<IReadOnlyDictionary<string, int>> KnownWordsAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        // One statement for every word: a GIN lookup each, the word as written in the text (stems carry a prefix),
        // counted up to 10000 stories — enough to compare spellings, bounded for the commonest words.
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var reads = await IndexScansAsync(scope, cancellationToken);
        await using var command = scope.Command($$"""
            SELECT k.w, (SELECT count(*)::int FROM (SELECT 1 FROM {{Table}} s WHERE s."Words" @@ k.q::tsquery LIMIT 10000) c)
            FROM unnest(@words, @queries) AS k(w, q)
            """);
        command.With("@words", distinct);
        command.With("@queries", distinct.Select(Quote).ToArray());
        var rows = await ReadAsync(command, r => (Word: r.GetString(0), Stories: r.GetInt32(1)), cancellationToken);
        return rows.Where(r => r.Stories > 0).ToDictionary(r => r.Word, r => r.Stories, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<int>> HeadlinesAsync(IReadOnlyList<string> words, string prefix, int take, CancellationToken cancellationToken)
    {
        var parts = words.Select(w => Quote(w) + ":A").Append(Quote(prefix) + ":*A");
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var reads = await IndexScansAsync(scope, cancellationToken);
        await using var command = scope.Command($"""SELECT s."Id" FROM {Table} s WHERE s."Head" @@ @match::tsquery ORDER BY s."Id" DESC LIMIT @take""");
        command.With("@match", string.Join(" & ", parts));
        command.With("@take", take);
        return await ReadAsync(command, r => r.GetInt32(0), cancellationToken);
    }

    // PostgreSQL's planner does not count what reading each story's large vector costs: for a common word it prefers
    // reading every row to the GIN index, ten times slower (a word in 40% of 100,000 stories: 490 ms against 50).
    // Searches therefore run in a read transaction with sequential scans off; inside someone else's transaction
    // (none today) the planner is left alone.
    private async Task<IAsyncDisposable?> IndexScansAsync(DbCommandScope scope, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var set = scope.Command("SET LOCAL enable_seqscan = off");
        await set.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    // The WHERE of a search: the match, and the publication window and section on the index's own columns; the author
    // and tag through the bylines and tags tables.
    private static string Where(SearchFilters filters) =>
        string.Join(" AND ", Filters(filters).Select(f => f.Sql).Prepend("""s."Words" @@ @match::tsquery"""));

    private static void Bind(DbCommand command, SearchPlan plan, SearchFilters filters)
    {
        command.With("@match", MatchExpression(plan, literalOnly: false));
        foreach (var (_, name, value) in Filters(filters))
        {
            command.With(name, value);
        }
    }

    private static IEnumerable<(string Sql, string Name, object Value)> Filters(SearchFilters filters)
    {
        (string Sql, string Name, object? Value)[] all =
        [
            ("""s."Published" >= @from""", "@from", filters.FromUtc is { } start ? Utc(start) : null),
            ("""s."Published" < @to""", "@to", filters.ToUtc is { } end ? Utc(end) : null),
            ("""s."Section" = @section""", "@section", filters.SectionId),
            ("""EXISTS (SELECT 1 FROM "ArticleBylines" b WHERE b."ArticleId" = s."Id" AND b."AuthorId" = @author)""", "@author", filters.AuthorId),
            ("""EXISTS (SELECT 1 FROM "ArticleTags" t WHERE t."ArticlesId" = s."Id" AND t."TagsId" = @tag)""", "@tag", filters.TagId),
        ];
        return all.Where(f => f.Value is not null).Select(f => (f.Sql, f.Name, f.Value!));
    }

    // Every group must match: a word as normalized or by its stem, in any column, stems included (as in the FTS5
    // index); a phrase word for word in the text. Every lexeme is quoted, so nothing in a word is read as tsquery
    // syntax. head: the query on the head vector (headline, standfirst and tags, and their stems).
    internal static string MatchExpression(SearchPlan plan, bool literalOnly, bool head = false) =>
        string.Join(" & ", plan.Groups.Select(g => "(" + string.Join(" | ", g.Alternatives.Where(a => !literalOnly || a.Literal).Select(a => Alternative(a, head))) + ")"));

    private static string Alternative(SearchAlternative alternative, bool head) => alternative switch
    {
        { Phrase: true } => "(" + string.Join(" <-> ", alternative.Words.Select(w => Quote(w.Normalized) + (head ? ":AB" : ""))) + ")",
        { Words.Count: 1 } => Word(alternative.Words[0], head),
        _ => "(" + string.Join(" & ", alternative.Words.Select(w => Word(w, head))) + ")",
    };

    private static string Word(SearchTerm term, bool head)
    {
        string[] lexemes = head
            ? [Quote(term.Normalized), Quote(term.Stem)]
            : [.. new[] { term.Normalized, term.Stem }.SelectMany(w => new[] { w, HeadStemPrefix + w, BodyStemPrefix + w }).Select(Quote)];
        return "(" + string.Join(" | ", lexemes.Distinct(StringComparer.Ordinal)) + ")";
    }

    // The story's two tsvectors in PostgreSQL's text form ('word':1A,7A 'other':3B '~stem'), cast by the INSERT.
    // Words: every word of the text in order, the columns one after another with a gap (for phrases), and the stems
    // marked with a prefix and no positions: what a search matches. Head: the headline (A), standfirst and tags (B)
    // and their stems (C): small, so testing and ranking head matches never reads the body's vector.
    internal static string Vector(AnalyzedDocument document) =>
        new VectorText()
            .Add(document.Title).Add(document.Standfirst).Add(document.Tags).Add(document.Body)
            .AddBare(document.HeadStems, HeadStemPrefix).AddBare(document.BodyStems, BodyStemPrefix)
            .ToString();

    internal static string HeadVector(AnalyzedDocument document) =>
        new VectorText().Add(document.Title, "A").Add(document.Standfirst, "B").Add(document.Tags, "B").Add(document.HeadStems, "C").ToString();

    // Positions past the cap stay at the cap (a long body keeps every word, only its phrases near the end are lost), a
    // lexeme keeps its first positions, and lexemes past PostgreSQL's limits are left out.
    private sealed class VectorText
    {
        private readonly Dictionary<string, List<string>> _lexemes = new(StringComparer.Ordinal);
        private int _bytes;
        private int _position;

        public VectorText Add(string words, string weight = "")   // D, the default weight, is written without a letter
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _position = Math.Min(_position + 1, MaxPosition);
                if (Positions(word) is { } positions)
                {
                    var entry = _position.ToString(CultureInfo.InvariantCulture) + weight;
                    if (positions.Count < MaxPositions && (positions.Count == 0 || positions[^1] != entry))
                    {
                        positions.Add(entry);
                    }
                }
            }

            _position = Math.Min(_position + ColumnGap, MaxPosition);
            return this;
        }

        public VectorText AddBare(string words, string prefix)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Positions(prefix + word);
            }

            return this;
        }

        private List<string>? Positions(string lexeme)
        {
            if (!_lexemes.TryGetValue(lexeme, out var positions))
            {
                var size = Encoding.UTF8.GetByteCount(lexeme);
                if (size > MaxLexemeBytes || _bytes + size > MaxVectorBytes)
                {
                    return null;
                }

                _bytes += size;
                positions = [];
                _lexemes[lexeme] = positions;
            }

            return positions;
        }

        public override string ToString()
        {
            var vector = new StringBuilder();
            foreach (var (lexeme, positions) in _lexemes)
            {
                if (vector.Length > 0)
                {
                    vector.Append(' ');
                }

                vector.Append(Quote(lexeme));
                if (positions.Count > 0)
                {
                    vector.Append(':').AppendJoin(',', positions);
                }
            }

            return vector.ToString();
        }
    }

    // The quoting shared by tsvector and tsquery text: a quote doubled, a backslash escaped.
    private static string Quote(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    // timestamptz takes UTC only; a time read back from SQLite, or built elsewhere, may say Unspecified.
    private static DateTime Utc(DateTime value) => PostgresNewsDbContext.AsUtc(value);

    private static void SetDocument(DbCommand command, AnalyzedDocument document)
    {
        (string Name, object Value)[] values =
        [
            ("@id", document.Id),
            ("@words", Vector(document)),
            ("@head", HeadVector(document)),
            ("@published", Utc(document.PublishedAtUtc)),
            ("@section", document.SectionId),
        ];
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.With(name, value);
            }
        }
    }

    private async Task ExecuteAsync(string sql, int? id, CancellationToken cancellationToken)
    {
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var command = scope.Command(sql);
        if (id is { } value)
        {
            command.With("@id", value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<T>> ReadAsync<T>(DbCommand command, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
