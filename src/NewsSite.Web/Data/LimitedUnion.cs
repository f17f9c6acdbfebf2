using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

// Several small reads in one statement: (SELECT … ORDER BY … LIMIT n) UNION ALL (…) for each key, each of which SQLite
// and PostgreSQL answer from an index. For "the newest few of each section / of each tag", where one query per key
// would be N+1 and a window function would rank every row.
internal static class LimitedUnion
{
    // select(key): the inner SELECT of one id column named "Value", with key where the key's parameter goes and {0},
    // {1}… for the shared parameters.
    public static Task<List<int>> IdsAsync(NewsDbContext db, IReadOnlyList<int> keys, object[] shared, Func<string, string> select,
        CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return Task.FromResult(new List<int>());
        }

        var parameters = new List<object>(shared);
        var parts = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            parameters.Add(key);
            var placeholder = "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
            parts.Add($"SELECT \"Value\" FROM ({select(placeholder)}) AS \"k{parts.Count.ToString(CultureInfo.InvariantCulture)}\"");
        }

        return db.Database.SqlQueryRaw<int>(string.Join("\nUNION ALL\n", parts), [.. parameters]).ToListAsync(cancellationToken);
    }
}
