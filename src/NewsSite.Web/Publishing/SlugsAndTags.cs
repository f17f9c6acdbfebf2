using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing;

// How a story is filed by name: its unique slug and its tags, safe against another save doing the same at the same
// moment.
public sealed class SlugsAndTags(NewsDbContext db)
{
    // Free now; another save may still take it first (the workflow retries on the unique index).
    public async Task<string> UniqueSlugAsync(string slug, int articleId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Articles.IgnoreQueryFilters().AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    // Insert-or-get: a new tag is added with ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike), then every tag is
    // read back, so two stories saved at the same moment with the same new tag both get the one row.
    public async Task<List<Tag>> ResolveTagsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var slugs = names.Select(n => (Name: n, Slug: SlugGenerator.FromTitle(n))).Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug).ToList();
        var wanted = slugs.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => wanted.Contains(t.Slug)).ToListAsync(cancellationToken);
        foreach (var (name, slug) in slugs.Where(t => !existing.Any(e => e.Slug == t.Slug)))
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"Tags\" (\"Name\", \"Slug\") VALUES ({name}, {slug}) ON CONFLICT (\"Slug\") DO NOTHING", cancellationToken);
        }

        if (existing.Count < slugs.Count)
        {
            existing = await db.Tags.Where(t => wanted.Contains(t.Slug)).ToListAsync(cancellationToken);
        }

        return [.. slugs.Select(t => existing.Single(e => e.Slug == t.Slug))];
    }

    // Imported stories: slugs unique against the database and against each other; a new tag whose slug already exists
    // (in the database or earlier in the batch) is replaced by that tag.
    public async Task FileImportsAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var wanted = string.IsNullOrEmpty(article.Slug) ? SlugGenerator.FromTitle(article.Content.Title) : article.Slug;
            wanted = string.IsNullOrEmpty(wanted) ? "خبر" : wanted;
            var slug = await UniqueSlugAsync(wanted, 0, cancellationToken);
            for (var n = 2; !slugs.Add(slug); n++)
            {
                slug = await UniqueSlugAsync($"{wanted}-{n}", 0, cancellationToken);
            }

            article.Slug = slug;
            for (var i = 0; i < article.Tags.Count; i++)
            {
                var tag = article.Tags[i];
                if (tag.Id != 0)
                {
                    continue;
                }

                if (!tags.TryGetValue(tag.Slug, out var known))
                {
                    known = await db.Tags.FirstOrDefaultAsync(t => t.Slug == tag.Slug, cancellationToken) ?? tag;
                    tags[tag.Slug] = known;
                }

                article.Tags[i] = known;
            }
        }
    }
}
