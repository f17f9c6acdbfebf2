using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// Every article's /s/{code} short link, given by the workflow when the article is first saved: 8 random base62
// characters (62^8 ≈ 2.2×10^14), checked against the stored ones before use.
public static class ShortCodes
{
    public const int Length = 8;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly SearchValues<char> AlphabetChars = SearchValues.Create(Alphabet);

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.AsSpan().IndexOfAnyExcept(AlphabetChars) < 0;

    // Gives every article in the list that has no code a fresh one, unique in the database and in the list.
    public static async Task AssignAsync(NewsDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken)
    {
        var missing = articles.Where(a => string.IsNullOrEmpty(a.ShortCode)).ToList();
        while (missing.Count > 0)
        {
            var candidates = missing.Select(_ => New()).ToList();
            var taken = await db.Articles.AsNoTracking().Where(a => candidates.Contains(a.ShortCode!)).Select(a => a.ShortCode!)
                .ToListAsync(cancellationToken);
            missing = Take(missing, candidates, taken);
        }
    }

    // Sets each candidate that is free; returns the articles still without a code (a collision, vanishingly rare).
    private static List<Article> Take(List<Article> missing, List<string> candidates, List<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var left = new List<Article>();
        for (var i = 0; i < missing.Count; i++)
        {
            if (used.Add(candidates[i]))
            {
                missing[i].ShortCode = candidates[i];
            }
            else
            {
                left.Add(missing[i]);
            }
        }

        return left;
    }
}
