using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

// ISearchIndex on SQLite FTS5: the only place (with the migration) that writes FTS5 SQL.
public sealed class SqliteFtsSearchIndex(NewsDbContext db) : ISearchIndex
{
    // Created by the Search migration (contentless FTS5 over normalized text; see Data/Migrations/…_Search.cs).
    private const string Table = "ArticleSearch";

    // Broad queries are ranked within their newest matches (see SearchAsync).
    public const int RankingWindow = 2_000;

    // bm25 weights by column: headline, standfirst, body, tags (exact words), then head and body stems. A word found
    // as written scores in an exact column and again in a stem column, so exact matches outrank stem-only ones.
    private const string Rank = $"bm25({Table}, 8.0, 4.0, 1.0, 5.0, 2.0, 0.5)";

    // Up to twice the relevance for a story published now, 1.5× at a week old, fading towards 1× (ages in days).
    private const string RecencyBoost = "(1.0 + 1.0 / (1.0 + max(0.0, $now - published) / 7.0))";

    private const string InsertSql = $"""
        INSERT INTO {Table} (rowid, title, standfirst, body, tags, head_stems, body_stems, published)
        VALUES ($id, $title, $standfirst, $body, $tags, $head_stems, $body_stems, $published);
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
        IReadOnlyList<SearchTerm> terms, DateTime nowUtc, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return new([], 0);
        }

        var match = MatchExpression(terms);
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);

        int total;
        await using (var count = scope.Command($"SELECT count(*) FROM {Table} WHERE {Table} MATCH $match;"))
        {
            count.With("$match", match);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        if (total == 0 || skip >= total)
        {
            return new([], total);
        }

        // bm25 costs about a microsecond per matching row, so a query matching most of a large archive ("في", a
        // section name) is ranked within its newest RankingWindow matches (ids grow with time); walking rowids
        // newest-first to find where that window starts costs almost nothing. Narrower queries rank every match.
        var window = Math.Max(RankingWindow, skip + take);
        long floor = 0;
        if (total > window)
        {
            await using var edge = scope.Command($"SELECT rowid FROM {Table} WHERE {Table} MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET $offset;");
            edge.With("$match", match);
            edge.With("$offset", window - 1);
            floor = Convert.ToInt64(await edge.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        // The rank expression must stay in this SELECT: FTS5 refuses auxiliary functions in a flattened subquery.
        await using var select = scope.Command($"""
            SELECT rowid, {Rank} * {RecencyBoost} AS score
            FROM {Table}
            WHERE {Table} MATCH $match AND rowid >= $floor
            ORDER BY score
            LIMIT $take OFFSET $skip;
            """);
        select.With("$match", match);
        select.With("$floor", floor);
        select.With("$now", ToJulianDay(nowUtc));
        select.With("$take", take);
        select.With("$skip", skip);
        var hits = new List<SearchHit>(take);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetDouble(1)));
        }

        return new(hits, total);
    }

    // Every term must match, as its normalized form or as its stem, in any column; the column weights of the rank
    // make a headline or an exact word count for more. Terms are letters and digits only (SearchQuery) and each is
    // quoted, so nothing in them is read as FTS5 syntax.
    internal static string MatchExpression(IReadOnlyList<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(" AND ");
            }

            builder.Append('(').Append(Quote(term.Normalized));
            if (term.Stem != term.Normalized)
            {
                builder.Append(" OR ").Append(Quote(term.Stem));
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

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
        foreach (var name in (string[])["$id", "$title", "$standfirst", "$body", "$tags", "$head_stems", "$body_stems", "$published"])
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
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
