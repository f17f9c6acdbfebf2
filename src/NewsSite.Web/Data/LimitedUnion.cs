using System.Globalization;

namespace NewsSite.Web.Data;

// Several small reads in one statement: (SELECT … ORDER BY … LIMIT n) UNION ALL (…) for each key, each of which SQLite
// and PostgreSQL answer from an index. For "the newest few of each section / of each tag", where one query per key
// would be N+1 and a window function would rank every row. Run as a plain command on the context's connection: EF
// has nothing to translate or track here, and its raw-SQL query pipeline cost more than the statement.
internal static class LimitedUnion
{
    // select(key): the inner SELECT of one id column named "Value", with key where the key's parameter goes and {0},
    // {1}… for the shared parameters.
    public static async Task<List<int>> IdsAsync(NewsDbContext db, IReadOnlyList<int> keys, object[] shared, Func<string, string> select,
        CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        if (keys.Count == 0)
        {
            return ids;
        }

        var sql = Statement(select, keys.Count, shared.Length);
        await using var scope = await DbCommandScope.OpenAsync(db.Database, cancellationToken);
        await using var command = scope.Command(sql);
        for (var i = 0; i < shared.Length + keys.Count; i++)
        {
            command.With(Name(i), i < shared.Length ? shared[i] : keys[i - shared.Length]);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static string Statement(Func<string, string> select, int keys, int shared)
    {
        var parts = new List<string>(keys);
        var names = Enumerable.Range(0, shared).Select(i => (object)Name(i)).ToArray();
        for (var key = 0; key < keys; key++)
        {
            var inner = string.Format(CultureInfo.InvariantCulture, select(Name(shared + key)), names);
            parts.Add($"SELECT \"Value\" FROM ({inner}) AS \"k{key.ToString(CultureInfo.InvariantCulture)}\"");
        }

        return string.Join("\nUNION ALL\n", parts);
    }

    private static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
