using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing.Samples;

// Sample content for a first run: the seed story and the newsroom's own sample articles, imported through the
// workflow like any other stories (short codes, revisions, search index). Only into an empty newsroom.
internal static class SampleNewsroom
{
    private const int ImageWidth = 1600;
    private const int ImageHeight = 900;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task<int> AddAsync(NewsDbContext db, ArticleWorkflow workflow, CancellationToken cancellationToken)
    {
        if (await db.Sections.AnyAsync(cancellationToken))
        {
            return 0;
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
        var articles = ordered.Select((sample, i) => new Article
        {
            Content = new ArticleContent
            {
                Title = sample.Title,
                Standfirst = sample.Standfirst,
                BodyMarkdown = sample.Body,
                ImagePath = $"/img/seed/{sample.Image}.jpg",
                ImageWidth = ImageWidth,
                ImageHeight = ImageHeight,
                ImageAlt = sample.ImageAlt,
                ImageCaption = sample.ImageCaption,
                ImageCredit = sample.ImageCredit,
            },
            Slug = SlugGenerator.FromTitle(sample.Title),
            Section = sections[sample.Section],
            Author = authors[sample.Author],
            Tags = [.. sample.Tags.Select(name => tags.TryGetValue(name, out var tag) ? tag : tags[name] = NewTag(name))],
            Status = ArticleStatus.Published,
            CreatedAtUtc = sample.PublishedAt.UtcDateTime,
            UpdatedAtUtc = sample.PublishedAt.UtcDateTime,
            PublishedAtUtc = sample.PublishedAt.UtcDateTime,
            // The seed page showed 4 views and 0 shares; the sample stories get modest, varied figures.
            ViewCount = i == ordered.Count - 1 ? 4 : 120 + (i * 37 % 900),
        }).ToList();
        await workflow.ImportAsync(articles, null, "sample content", cancellationToken);
        return articles.Count;
    }

    internal static SampleContent Load()
    {
        using var stream = typeof(SampleNewsroom).Assembly.GetManifestResourceStream("NewsSite.Samples.articles.json")
            ?? throw new InvalidOperationException("The embedded sample content is missing.");
        return JsonSerializer.Deserialize<SampleContent>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded sample content is empty.");
    }

    private static Tag NewTag(string name) => new() { Name = name, Slug = SlugGenerator.FromTitle(name) };
}
