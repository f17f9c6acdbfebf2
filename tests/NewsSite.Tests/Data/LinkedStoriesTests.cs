using System.Data.Common;
using System.Linq.Expressions;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using NewsSite.Web.Data.Postgres;
using NewsSite.Web.Models;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Data;

// A tag's or an author's stories are read either by walking the newest-first index and checking each story's link, or
// through the subject's links when there are few (a little-used tag, a guest writer). Both ways must list the same
// stories: published only, newest first, page by page, with the same total.
public sealed class LinkedStoriesTests(NewsSiteFactory factory) : IClassFixture<NewsSiteFactory>
{
    private const int PageSize = 3;

    [Fact]
    public async Task ATagsStoriesAreTheSameThroughItsLinksAsByTheWalk()
    {
        var (tag, _, expected) = await NewsroomAsync();

        await factory.WithDbAsync(async db =>
        {
            Expression<Func<Article, bool>> tagged = a => a.Tags.Any(t => t.Id == tag.Id);
            var links = db.TagLinks(tag.Id);
            Assert.Equal(9, await links.CountUpToAsync(100, CancellationToken.None));   // drafts and the rest too
            Assert.Equal(3, await links.CountUpToAsync(3, CancellationToken.None));
            await AssertSamePagesAsync(expected.Tagged, db.Articles.Where(tagged), db.Articles.Where(tagged).Through(links));
        });
    }

    [Fact]
    public async Task AnAuthorsStoriesAreTheSameThroughTheirBylinesAsByTheWalk()
    {
        var (_, guest, expected) = await NewsroomAsync();

        await factory.WithDbAsync(async db =>
        {
            Expression<Func<Article, bool>> bylined = a => a.Bylines.Any(b => b.AuthorId == guest.Id);
            await AssertSamePagesAsync(expected.Bylined, db.Articles.Where(bylined), db.Articles.Where(bylined).Through(db.BylineLinks(guest.Id)));

            // "More from this author" under the guest's own story: the same ids either way, newest first, itself left out.
            var own = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == expected.Bylined[0]);
            var byWalk = await db.MoreByAuthorIdsAsync(own, 4, CancellationToken.None, throughLinks: false);
            Assert.Equal(expected.Bylined.Skip(1), byWalk);
            Assert.Equal(byWalk, await db.MoreByAuthorIdsAsync(own, 4, CancellationToken.None, throughLinks: true));
            Assert.Equal(byWalk, await db.MoreByAuthorIdsAsync(own, 4, CancellationToken.None));
        });
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(80, 10)]
    [InlineData(8_000, 1_000)]
    [InlineData(100_000, 5_000)]
    [InlineData(long.MaxValue, 5_000)]
    public void TheLinksWorthReadingAreAnEighthOfTheWalkAtMost(long walk, int most) =>
        Assert.Equal(most, LinkedStories.MostWorthReading(walk));

    // The choice, given an archive whose newest id is 100,000 and a page of ten.
    [Theory]
    [InlineData(null, 3, true)]            // a tag on three stories: the walk would pass the whole archive
    [InlineData(99_990, 700, false)]       // a trending tag: its tenth newest story is among the last ten
    [InlineData(99_000, 1_000, false)]     // a busy one: the walk passes a thousand entries, the links cost eight
    [InlineData(20_000, 3_000, true)]      // an old event's tag: the walk would pass 80,000 entries
    [InlineData(20_000, 6_000, false)]     // more links than are ever read through
    public async Task TheLinksAreReadWhenTheWalkWouldGoFurther(int? tenthNewest, int links, bool few)
    {
        var counted = new List<int>();
        var subject = new StoryLinks(Enumerable.Empty<int>().AsQueryable(),
            (bound, _) =>
            {
                counted.Add(bound);
                return Task.FromResult(Math.Min(links, bound));
            },
            (skip, _) => Task.FromResult<LinkReach?>(skip == 9 ? new LinkReach(100_000, tenthNewest) : throw new InvalidOperationException($"skip {skip}")));

        Assert.Equal(few, await subject.AreFewAsync(10, CancellationToken.None));
        Assert.All(counted, bound => Assert.InRange(bound, 1, 5_001));
        Assert.False(await new StoryLinks(subject.StoryIds, subject.CountUpToAsync, (_, _) => Task.FromResult<LinkReach?>(null))
            .AreFewAsync(10, CancellationToken.None));   // no stories at all
    }

    // The pages take the links' way for a tag on one story and a writer with one byline (the SQL they run says so).
    [Fact]
    public async Task AOneStoryTagsPageAndAGuestWritersPageReadTheirLinks()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var (tag, guest) = await FewAsync(new Tag { Name = $"وسم قصة واحدة {key}", Slug = $"one-{key}" },
            new Author { Name = $"كاتب قصة واحدة {key}", Slug = $"one-guest-{key}" });
        var story = await factory.AddArticleAsync($"القصة الوحيدة {key}", "نص", a => a.AuthorId = guest.Id);
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == story.Id);
            tracked.Tags.Add(await db.Tags.SingleAsync(t => t.Id == tag.Id));
            await db.SaveChangesAsync();
        });
        var statements = new Statements();
        using var site = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .ConfigureDbContext<NewsDbContext>(o => o.AddInterceptors(statements))
            .ConfigureDbContext<PostgresNewsDbContext>(o => o.AddInterceptors(statements))));
        var client = site.CreateClient();

        foreach (var (path, column) in new[] { (SiteUrls.Tag(tag.Slug), "ArticlesId"), (SiteUrls.Author(guest.Slug), "ArticleId") })
        {
            statements.Texts.Clear();
            var page = await client.GetDocumentAsync(path);
            Assert.Equal([$"القصة الوحيدة {key}"], page.QuerySelectorAll("main .card__title a").Select(a => a.TextContent.Trim()));
            AssertReadThroughLinks(statements, column);
        }

        // The content API's filters too.
        foreach (var (query, column) in new[] { ($"tag={tag.Slug}", "ArticlesId"), ($"author={guest.Slug}", "ArticleId") })
        {
            statements.Texts.Clear();
            var json = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/stories?{query}");
            Assert.Equal([story.Id], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            AssertReadThroughLinks(statements, column);
        }
    }

    [Fact]
    public async Task TheTagAndAuthorPagesListThemNewestFirst()
    {
        var (tag, guest, expected) = await NewsroomAsync();
        var client = factory.CreateClient();

        foreach (var (path, ids) in new[] { (SiteUrls.Tag(tag.Slug), expected.Tagged), (SiteUrls.Author(guest.Slug), expected.Bylined) })
        {
            var page = await client.GetDocumentAsync(path);
            var titles = await factory.WithDbAsync(db => db.Articles.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Content.Title));
            var listed = page.QuerySelectorAll("main .card__title a").Select(a => a.TextContent.Trim()).ToList();
            Assert.Equal(ids.Select(id => titles[id]), listed);
        }
    }

    // What makes a little-used tag's page cheap at any archive size: SQLite reads the tag's links from the join table's
    // index and looks each story up by its key, instead of walking the newest-first index of every published story.
    // The planner is shown statistics of a large archive (as DatabaseStartup takes them): on a handful of stories it
    // would rightly walk.
    [SqliteFact]
    public async Task ThroughItsLinksSqliteStartsFromTheTagsIndex()
    {
        var (tag, _, _) = await NewsroomAsync();

        await factory.WithDbAsync(async db =>
        {
            Expression<Func<Article, bool>> tagged = a => a.Tags.Any(t => t.Id == tag.Id);
            var walked = await PlanAsync(db, db.Articles.Where(tagged).Published().Latest().Take(PageSize).Select(a => a.Id));
            var through = await PlanAsync(db, db.Articles.Where(tagged).Through(db.TagLinks(tag.Id)).Published().Latest().Take(PageSize).Select(a => a.Id));

            Assert.Contains("USING INDEX IX_Articles_Status_PublishedAtUtc", walked, StringComparison.Ordinal);
            Assert.Contains("USING INTEGER PRIMARY KEY", through, StringComparison.Ordinal);
            Assert.Contains("USING COVERING INDEX IX_ArticleTags_TagsId_ArticlesId (TagsId=?)", through, StringComparison.Ordinal);
            Assert.DoesNotContain("IX_Articles_Status_PublishedAtUtc", through, StringComparison.Ordinal);
        });
    }

    private static async Task AssertSamePagesAsync(List<int> expected, IQueryable<Article> walked, IQueryable<Article> through)
    {
        var pages = (expected.Count + PageSize - 1) / PageSize;
        for (var number = 1; number <= pages + 1; number++)
        {
            var byWalk = await walked.LatestPageAsync(number, PageSize, CancellationToken.None);
            var byLinks = await through.LatestPageAsync(number, PageSize, CancellationToken.None);
            if (number > pages)
            {
                Assert.Null(byWalk);
                Assert.Null(byLinks);
                continue;
            }

            Assert.Equal(expected.Skip((number - 1) * PageSize).Take(PageSize), byWalk!.Items.Select(c => c.Id));
            Assert.Equal(byWalk.Items.Select(c => c.Id), byLinks!.Items.Select(c => c.Id));
            Assert.Equal(expected.Count, byWalk.TotalItems);
            Assert.Equal(expected.Count, byLinks.TotalItems);
        }
    }

    private Task<(Tag Tag, Author Guest)> FewAsync(Tag tag, Author guest) =>
        factory.WithDbAsync(async db =>
        {
            db.AddRange(tag, guest);
            await db.SaveChangesAsync();
            return (tag, guest);
        });

    // A tag and a guest writer on a few stories each, among drafts, a deleted story, one scheduled for later and others
    // not theirs; what each should list, newest first (by publication, not by id).
    private async Task<(Tag Tag, Author Guest, (List<int> Tagged, List<int> Bylined) Expected)> NewsroomAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var (tag, guest) = await FewAsync(new Tag { Name = $"وسم قليل {key}", Slug = $"few-{key}" }, new Author { Name = $"كاتب ضيف {key}", Slug = $"guest-{key}" });

        var when = new DateTime(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc);
        var stories = new List<(Article Article, bool Listed)>();
        // Published out of id order, so newest first is not simply the highest id.
        foreach (var (days, status, deleted) in new (int, ArticleStatus, bool)[]
        {
            (0, ArticleStatus.Published, false), (-3, ArticleStatus.Published, false), (5, ArticleStatus.Published, false),
            (-1, ArticleStatus.Published, false), (2, ArticleStatus.Draft, false), (1, ArticleStatus.Published, true),
            (4, ArticleStatus.Scheduled, false), (-7, ArticleStatus.Published, false), (3, ArticleStatus.Published, false),
        })
        {
            var article = await factory.AddArticleAsync($"قصة {key} بعد {days} يوم", "نص", a =>
            {
                a.Status = status;
                a.PublishedAtUtc = status == ArticleStatus.Published ? when.AddDays(days) : null;
                a.ScheduledAtUtc = status == ArticleStatus.Scheduled ? DateTime.UtcNow.AddDays(days) : null;
            });
            stories.Add((article, status == ArticleStatus.Published && !deleted));
            await factory.WithDbAsync(async db =>
            {
                var tracked = await db.Articles.IgnoreQueryFilters().Include(a => a.Tags).SingleAsync(a => a.Id == article.Id);
                tracked.Tags.Add(await db.Tags.SingleAsync(t => t.Id == tag.Id));
                tracked.DeletedAtUtc = deleted ? DateTime.UtcNow : null;
                db.ArticleBylines.Add(new ArticleByline { ArticleId = article.Id, AuthorId = guest.Id, Position = 1 });
                await db.SaveChangesAsync();
            });
        }

        // A story on neither, and one the guest leads alone (listed on their page, not the tag's).
        await factory.AddArticleAsync($"قصة {key} بلا وسم", "نص", a => a.PublishedAtUtc = when.AddDays(10));
        var own = await factory.AddArticleAsync($"قصة {key} للضيف وحده", "نص", a =>
        {
            a.AuthorId = guest.Id;
            a.PublishedAtUtc = when.AddDays(6);
        });

        var tagged = stories.Where(s => s.Listed).OrderByDescending(s => s.Article.PublishedAtUtc).Select(s => s.Article.Id).ToList();
        return (tag, guest, (tagged, [own.Id, .. tagged]));
    }

    private static void AssertReadThroughLinks(Statements statements, string column) =>
        Assert.Contains(statements.Texts, sql => Regex.IsMatch(sql, $"""
            "Id" IN \(\s*SELECT "?\w+"?\."{column}"
            """));

    private sealed class Statements : DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Texts { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    private static async Task<string> PlanAsync(NewsDbContext db, IQueryable<int> query)
    {
        // ToQueryString gives SQLite's ".param set @name value" lines, then the statement.
        var lines = query.ToQueryString().Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var statistics = connection.CreateCommand())
        {
            // What PRAGMA optimize sampled on a store of 100,000 generated stories (ANALYZE of a small table makes
            // sqlite_stat1 first); ANALYZE sqlite_schema has this connection read them.
            statistics.CommandText = """
                ANALYZE "Tags";
                DELETE FROM sqlite_stat1 WHERE tbl IN ('Articles', 'ArticleTags');
                INSERT INTO sqlite_stat1 VALUES
                    ('Articles', 'IX_Articles_Slug', '100000 1'),
                    ('Articles', 'IX_Articles_ShortCode', '100000 1'),
                    ('Articles', 'IX_Articles_Status_PublishedAtUtc', '100000 1001 1'),
                    ('Articles', 'IX_Articles_SectionId_Status_PublishedAtUtc', '100000 1001 1001 1'),
                    ('Articles', 'IX_Articles_AuthorId_Status_PublishedAtUtc', '100000 1001 1001 1'),
                    ('ArticleTags', 'IX_ArticleTags_TagsId_ArticlesId', '192136 1001 1'),
                    ('ArticleTags', 'sqlite_autoindex_ArticleTags_1', '192136 2 1');
                ANALYZE sqlite_schema;
                """;
            await statistics.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var parameter in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l.Split(' ', 4)))
        {
            var value = parameter[3].Trim();
            command.Parameters.AddWithValue(parameter[2], value.StartsWith('\'') ? value.Trim('\'') : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }
}
