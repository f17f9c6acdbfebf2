using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing;

namespace NewsSite.Web.Data.Seed;

// Sample content for a first run: the seed story and the newsroom's own sample articles. Idempotent.
internal static class SeedData
{
    private const int SeedImageWidth = 1600;
    private const int SeedImageHeight = 900;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task SeedAsync(NewsDbContext db, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        if (await db.Sections.AnyAsync(cancellationToken))
        {
            return;
        }

        var content = Load();
        var sections = content.Sections.ToDictionary(s => s.Slug, s => new Section
        {
            Name = s.Name,
            Slug = s.Slug,
            DisplayOrder = s.Order,
            GoogleNewsUrl = s.GoogleNewsUrl,
        });
        var authors = content.Authors.ToDictionary(a => a.Slug, a => new Author
        {
            Name = a.Name,
            Slug = a.Slug,
            Bio = a.Bio,
            PhotoPath = a.Photo,
        });
        var tags = new Dictionary<string, Tag>();

        // Oldest first, so ids grow with publication time as they would in a real newsroom.
        var ordered = content.Articles.OrderBy(a => a.PublishedAt).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var seed = ordered[i];
            var publishedUtc = seed.PublishedAt.UtcDateTime;
            var article = new Article
            {
                Title = seed.Title,
                Standfirst = seed.Standfirst,
                Slug = SlugGenerator.FromTitle(seed.Title),
                BodyMarkdown = seed.Body,
                BodyHtml = markdown.ToHtml(seed.Body),
                WordCount = MarkdownRenderer.CountWords(seed.Body),
                Section = sections[seed.Section],
                Author = authors[seed.Author],
                Tags = [.. seed.Tags.Select(name => tags.TryGetValue(name, out var tag) ? tag : tags[name] = NewTag(name))],
                ImagePath = $"/img/seed/{seed.Image}.jpg",
                ImageWidth = SeedImageWidth,
                ImageHeight = SeedImageHeight,
                ImageAlt = seed.ImageAlt,
                ImageCaption = seed.ImageCaption,
                ImageCredit = seed.ImageCredit,
                Status = ArticleStatus.Published,
                CreatedAtUtc = publishedUtc,
                UpdatedAtUtc = publishedUtc,
                PublishedAtUtc = publishedUtc,
                // The seed page showed 4 views and 0 shares; the sample stories get modest, varied figures.
                ViewCount = i == ordered.Count - 1 ? 4 : 120 + (i * 37 % 900),
            };
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static SeedContent Load()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream("NewsSite.Seed.articles.json")
            ?? throw new InvalidOperationException("The embedded seed content is missing.");
        return JsonSerializer.Deserialize<SeedContent>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded seed content is empty.");
    }

    private static Tag NewTag(string name) => new() { Name = name, Slug = SlugGenerator.FromTitle(name) };
}
