using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;
using NewsSite.Web.Publishing.Samples;
using NewsSite.Web.Search;

// Search latency on a store of generated Arabic stories (default 100,000), through the same SearchService and
// index the site uses: SqliteFtsSearchIndex, or PostgresSearchIndex when NEWSSITE_SEARCH_BENCH_POSTGRES holds a
// connection string (to an empty database). Arguments: [stories] [timed runs per query].
var storyCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
// NEWSSITE_SEARCH_BENCH_DIR keeps the SQLite store in that folder and reuses it on the next run (queries only).
var kept = Environment.GetEnvironmentVariable("NEWSSITE_SEARCH_BENCH_DIR");
var directory = kept ?? Path.Combine(Path.GetTempPath(), $"newssite-search-bench-{Guid.NewGuid():N}");
var reuse = kept is not null && File.Exists(Path.Combine(kept, "bench.db"));
Directory.CreateDirectory(directory);
var postgres = Environment.GetEnvironmentVariable("NEWSSITE_SEARCH_BENCH_POSTGRES");
var connectionString = $"Data Source={Path.Combine(directory, "bench.db")}";
var markdown = new MarkdownRenderer();
var invariant = CultureInfo.InvariantCulture;

NewsDbContext NewContext() => postgres is null
    ? new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(connectionString).Options)
    : new PostgresNewsDbContext(new DbContextOptionsBuilder<PostgresNewsDbContext>().UseNpgsql(postgres).Options);

ISearchIndex NewIndex(NewsDbContext db) => postgres is null ? new SqliteFtsSearchIndex(db) : new PostgresSearchIndex(db);

try
{
    Console.WriteLine($"NewsSite search benchmark: {storyCount:N0} stories on {(postgres is null ? "SQLite FTS5" : "PostgreSQL")}, {runs} timed runs per query, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

    await using (var db = NewContext())
    {
        if (postgres is null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        await db.Database.MigrateAsync();
        // A PostgreSQL database that already holds the stories is reused (queries only).
        reuse |= postgres is not null && await db.Articles.CountAsync() >= storyCount;
    }

    if (!reuse)
    {
        // 1. Stories, in transactions of 5,000, straight through EF (benchmark data: the index is built in bulk below).
        var clock = Stopwatch.StartNew();
        long textBytes = 0;
        await using (var db = NewContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var sections = Enumerable.Range(0, 7).Select(i => new Section { Name = $"قسم {i}", Slug = $"section-{i}", DisplayOrder = i }).ToList();
            var authors = Enumerable.Range(0, 20).Select(i => new Author { Name = $"كاتب {i}", Slug = $"author-{i}" }).ToList();
            var tags = Vocabulary.Tags.Select((name, i) => new Tag { Name = name, Slug = $"tag-{i}" }).ToList();
            db.AddRange(sections);
            db.AddRange(authors);
            db.AddRange(tags);
            await db.SaveChangesAsync();

            var generator = new StoryGenerator(seed: 20261128, storyCount, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
            const int batch = 5_000;
            for (var done = 0; done < storyCount; done += batch)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var i = done; i < Math.Min(storyCount, done + batch); i++)
                {
                    var story = generator.Next();
                    var storyTags = story.TagIndexes.Select(t => tags[t]).ToList();
                    textBytes += Encoding.UTF8.GetByteCount(story.Title) + Encoding.UTF8.GetByteCount(story.Standfirst)
                        + Encoding.UTF8.GetByteCount(story.Body) + storyTags.Sum(t => Encoding.UTF8.GetByteCount(t.Name));
                    db.Articles.Add(new Article
                    {
                        Content = new ArticleContent { Title = story.Title, Standfirst = story.Standfirst, BodyMarkdown = story.Body },
                        Slug = $"story-{i}",
                        SectionId = sections[story.Section].Id,
                        AuthorId = authors[story.Author].Id,
                        Tags = storyTags,
                        Status = ArticleStatus.Published,
                        CreatedAtUtc = story.PublishedAtUtc,
                        UpdatedAtUtc = story.PublishedAtUtc,
                        PublishedAtUtc = story.PublishedAtUtc,
                    });
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                db.ChangeTracker.Clear();
                db.AttachRange(tags);
            }
        }

        Console.WriteLine($"Stored {storyCount:N0} stories in {clock.Elapsed.TotalSeconds:F1} s; indexed text {textBytes / 1048576.0:F1} MiB (UTF-8: headline, standfirst, body, tags)");
        var pagesBefore = await PagesAsync();

        // 2. The index, built by the site's own rebuild: one transaction, batches of 500, then FTS5 'optimize'.
        clock.Restart();
        await using (var db = NewContext())
        {
            var indexer = new SearchIndexer(db, NewIndex(db), markdown, NullLogger<SearchIndexer>.Instance);
            await indexer.RebuildAsync(CancellationToken.None);
        }

        var buildSeconds = clock.Elapsed.TotalSeconds;

        // Of which C# analysis (Markdown to text, normalization, stemming), timed alone on a sample.
        var sampleGenerator = new StoryGenerator(seed: 7, 2_000, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        var sample = Enumerable.Range(0, 2_000).Select(_ => sampleGenerator.Next()).ToList();
        clock.Restart();
        foreach (var story in sample)
        {
            AnalyzedDocument.From(new SearchDocument(0, story.Title, story.Standfirst, markdown.ToPlainText(story.Body), ["الاقتصاد"], story.PublishedAtUtc));
        }

        var analysisMicroseconds = clock.Elapsed.TotalMicroseconds / sample.Count;
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(postgres is null ? "PRAGMA wal_checkpoint(TRUNCATE);" : "VACUUM ANALYZE;");
        }

        var pagesAfter = await PagesAsync();
        var indexBytes = (pagesAfter.Used - pagesBefore.Used) * pagesAfter.PageSize;
        Console.WriteLine($"Built the index in {buildSeconds:F1} s ({storyCount / buildSeconds:N0} stories/s; C# analysis alone {analysisMicroseconds:F0} µs per story)");
        Console.WriteLine($"Index size {indexBytes / 1048576.0:F1} MiB = {(double)indexBytes / textBytes:F2} × the indexed text; whole database {pagesAfter.Used * pagesAfter.PageSize / 1048576.0:F1} MiB");
        Console.WriteLine();
    }

    // 3. Queries: full SearchService calls as the results page makes them (parse, name lookups, FTS5 count and ranked
    // page over every match, section counts, cards, snippets, and a spelling suggestion when little is found), on a
    // fresh context each. Some with a section filter or newest first.
    string[] texts =
    [
        "بوتين", "ميسي", "الاتفاقية", "بالاتفاق", "اتفاقات", "مستشفى", "المدرسة", "أعلن", "وَجَّهَ", "آفاق",
        "أسعار النفط", "مجلس التعاون", "الذكاء الاصطناعي دبي", "Apple", "FIFA", "٢٠٢٤", "الحكومة", "في",
        "كلمة لا توجد", "title:بوتين OR \"كيم\"", "وبوتين", "فالحكومة", "\"أسعار النفط\"", "أبو ظبي", "الحكومه الظرائب",
    ];
    var cases = texts.Select(t => (Label: t, Text: t, Filters: SearchFilters.None))
        .Append(("الحكومة [section]", "الحكومة", new SearchFilters(SectionId: 1)))
        .Append(("الحكومة [newest]", "الحكومة", new SearchFilters(Sort: SearchSort.Newest)))
        .Append(("بوتين [last year]", "بوتين", new SearchFilters(FromUtc: DateTime.UtcNow.AddYears(-1))))
        .ToList();

    var all = new List<double>();
    var indexOnly = new List<double>();
    Console.WriteLine($"{"query",-28} {"matches",9} {"median ms",10} {"p95 ms",8} {"index-only median",18}");
    foreach (var (label, text, filters) in cases)
    {
        var query = SearchQuery.Parse(text);
        var timings = new List<double>();
        var indexTimings = new List<double>();
        var total = 0;
        for (var run = -3; run < runs; run++)
        {
            await using var db = NewContext();
            var index = NewIndex(db);
            var service = new SearchService(db, index, markdown, TimeProvider.System);
            var started = Stopwatch.GetTimestamp();
            var page = await service.SearchAsync(query, filters, 1, 10, facets: true, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var known = await index.KnownWordsAsync(SearchPlan.Questions(query), CancellationToken.None);
            var plan = SearchPlan.For(query, known.Keys.ToHashSet(StringComparer.Ordinal));
            started = Stopwatch.GetTimestamp();
            await index.SearchAsync(plan, filters, DateTime.UtcNow, 0, 10, CancellationToken.None);
            var indexElapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (run >= 0)
            {
                timings.Add(elapsed);
                indexTimings.Add(indexElapsed);
            }

            total = page.Results.TotalItems;
        }

        all.AddRange(timings);
        indexOnly.AddRange(indexTimings);
        Console.WriteLine($"{label,-28} {total,9:N0} {Percentile(timings, 50),10:F2} {Percentile(timings, 95),8:F2} {Percentile(indexTimings, 50),18:F2}");
    }

    // 4. Related stories and "more from this author" for 50 stories, as the article page asks for them.
    var related = new List<double>();
    for (var id = 1; id <= storyCount; id += Math.Max(1, storyCount / 50))
    {
        await using var db = NewContext();
        var story = await db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == id);
        var started = Stopwatch.GetTimestamp();
        var relatedIds = await db.RelatedIdsAsync(story, 4, CancellationToken.None);
        var byAuthorIds = await db.MoreByAuthorIdsAsync(story, 4, CancellationToken.None);
        await db.PublishedCardsAsync([.. relatedIds, .. byAuthorIds], CancellationToken.None);
        related.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    Console.WriteLine();
    Console.WriteLine($"Related stories + more from the author, per article page: median {Percentile(related, 50):F2} ms, p95 {Percentile(related, 95):F2} ms");
    Console.WriteLine($"All queries: median {Percentile(all, 50):F2} ms, p95 {Percentile(all, 95):F2} ms (index only: median {Percentile(indexOnly, 50):F2} ms, p95 {Percentile(indexOnly, 95):F2} ms)");
}
finally
{
    SqliteConnection.ClearAllPools();
    if (kept is null)
    {
        Directory.Delete(directory, recursive: true);
    }
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

async Task<(long Used, long PageSize)> PagesAsync()
{
    await using var db = NewContext();
    if (postgres is not null)
    {
        return (await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(), 1);
    }

    var count = await db.Database.SqlQueryRaw<long>("SELECT page_count AS Value FROM pragma_page_count()").SingleAsync();
    var free = await db.Database.SqlQueryRaw<long>("SELECT freelist_count AS Value FROM pragma_freelist_count()").SingleAsync();
    var size = await db.Database.SqlQueryRaw<long>("SELECT page_size AS Value FROM pragma_page_size()").SingleAsync();
    return (count - free, size);
}
