using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Models;

namespace NewsSite.Web.Publishing.Samples;

// `--generate-stories N`: adds N generated Arabic stories (StoryGenerator) to the configured database through the
// workflow's import (rendered, slugs, tags, short codes, a revision each, the search index), for benchmarks and for
// trying the site at scale, then exits. Sections and writers are the sample newsroom's when they exist, made when not.
internal static class GeneratedStories
{
    public const string Switch = "--generate-stories";
    private const int Batch = 1_000;

    public static bool IsCommand(string[] args, out int count)
    {
        var at = Array.IndexOf(args, Switch);
        count = 0;
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out count) && count is > 0 and <= 10_000_000;
    }

    public static async Task GenerateStoriesAsync(this WebApplication app, int count)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var (sections, authors) = await NewsroomAsync(app.Services, stopping);
        var latest = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var generator = new StoryGenerator(seed: 20261130 + count, count, latest);
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < count && !stopping.IsCancellationRequested; done += Batch)
        {
            // A fresh scope per batch: nothing tracked piles up.
            await using var scope = app.Services.CreateAsyncScope();
            var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();
            var articles = Enumerable.Range(0, Math.Min(Batch, count - done)).Select(_ => generator.Next()).Select(story => new Article
            {
                Content = new ArticleContent
                {
                    Title = story.Title,
                    Standfirst = story.Standfirst,
                    BodyMarkdown = story.Body,
                    ImagePath = story.Picture is { } p ? $"/img/seed/{Vocabulary.Pictures[p]}.jpg" : null,
                    ImageWidth = story.Picture is null ? null : 1600,
                    ImageHeight = story.Picture is null ? null : 900,
                    ImageAlt = story.Picture is null ? "" : story.Title,
                },
                Slug = SlugGenerator.FromTitle(story.Title),
                SectionId = sections[story.Section],
                AuthorId = authors[story.Author],
                Tags = [.. story.TagIndexes.Select(t => new Tag { Name = Vocabulary.Tags[t], Slug = SlugGenerator.FromTitle(Vocabulary.Tags[t]) })],
                Status = ArticleStatus.Published,
                CreatedAtUtc = story.PublishedAtUtc,
                UpdatedAtUtc = story.PublishedAtUtc,
                PublishedAtUtc = story.PublishedAtUtc,
            }).ToList();
            await workflow.ImportAsync(articles, null, "generated stories", stopping);
            app.Logger.StoriesGenerated(done + articles.Count, count, (int)clock.Elapsed.TotalSeconds);
        }

        await using var last = app.Services.CreateAsyncScope();
        await last.ServiceProvider.GetRequiredService<NewsDbContext>().RefreshStatisticsAsync(stopping);
    }

    private static async Task<(int[] Sections, int[] Authors)> NewsroomAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var order = await db.Sections.MaxAsync(s => (int?)s.DisplayOrder, cancellationToken) ?? 0;
        var added = new List<Section>();
        foreach (var (slug, name) in Vocabulary.Sections)
        {
            if (!await db.Sections.AnyAsync(s => s.Slug == slug, cancellationToken))
            {
                added.Add(db.Sections.Add(new Section { Slug = slug, Name = name, DisplayOrder = ++order }).Entity);
            }
        }

        foreach (var (name, i) in Vocabulary.Writers.Select((n, i) => (n, i)))
        {
            if (!await db.Authors.AnyAsync(a => a.Name == name, cancellationToken))
            {
                db.Authors.Add(new Author { Name = name, Slug = "writer-" + (i + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added.Count > 0)
        {
            // The navigation of sites already running on this database (at once on several nodes; within a minute otherwise).
            await scope.ServiceProvider.GetRequiredService<ChangeNotifier>().NotifyAsync("generate-sections", sections: added.Select(s => s.Id), everywhere: true);
        }

        var sectionIds = await db.Sections.ToDictionaryAsync(s => s.Slug, s => s.Id, cancellationToken);
        var authorIds = await db.Authors.GroupBy(a => a.Name).Select(g => new { g.Key, Id = g.Min(a => a.Id) }).ToDictionaryAsync(a => a.Key, a => a.Id, cancellationToken);
        return ([.. Vocabulary.Sections.Select(s => sectionIds[s.Slug])], [.. Vocabulary.Writers.Select(w => authorIds[w])]);
    }
}
