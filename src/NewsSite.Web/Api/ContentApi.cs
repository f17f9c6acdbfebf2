using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Models;
using NewsSite.Web.Pages;
using NewsSite.Web.Search;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Api;

// /api/v1: the newsroom's stories, sections, tags and authors as read-only JSON for apps and partners. Public stories
// for anyone, cached like pages (ETag, 304, evicted when they change); stories not yet published only with an API
// key (X-Api-Key), never cached. Errors are ProblemDetails with an Arabic detail.
internal static class ContentApi
{
    public const string CorsPolicy = "content-api";
    public const string CachePolicy = "content-api";

    // Every query parameter an endpoint reads; any other (utm_…, cache busters) shares the cached answer.
    public static readonly string[] QueryKeys = ["section", "tag", "author", "status", "page", "pageSize", "q"];
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 50;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Content API").RequireCors(CorsPolicy).CacheOutput(CachePolicy);
        api.MapGet("/stories", ListStoriesAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Stories, newest first")
            .WithDescription("Published stories, filtered by section, tag or author slug, a page at a time. With an API key, status=draft|review|scheduled|unpublished|all lists the others too.");
        api.MapGet("/stories/{id:int}", StoryAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One story")
            .WithDescription("Headline, standfirst, bylines, tags, picture, the body as HTML and as plain text, corrections. A story not published is found only with an API key.");
        api.MapGet("/sections", SectionsAsync).WithSummary("Sections in navigation order");
        api.MapGet("/tags", TagsAsync).ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("Tags of published stories, by name, a page at a time");
        api.MapGet("/authors", AuthorsAsync).WithSummary("Writers with their profiles");
        api.MapGet("/search", SearchAsync).RequireRateLimiting(Security.RateLimits.Search)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Search the published stories")
            .WithDescription("Arabic-aware search (letters folded, prefixes and suffixes understood) over headlines, standfirsts, bodies and tags.");
        return app;
    }

    private static async Task<Results<Ok<ApiPage<StorySummary>>, ProblemHttpResult>> ListStoriesAsync(
        HttpContext http, NewsDbContext db, SiteUrls urls, ListingCounts counts,
        [Description("A section's slug")] string? section, [Description("A tag's slug")] string? tag, [Description("An author's slug")] string? author,
        [Description("published (default), or with an API key: draft, review, scheduled, unpublished, all")] string? status,
        [Description("1, 2, …")] int? page, [Description("Up to 50 (default 20)")] int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging(page, pageSize) is not ({ } number, { } size))
        {
            return BadPaging();
        }

        var stories = db.Articles.AsNoTracking();
        switch (status ?? "published")
        {
            case "published":
                stories = stories.Published();
                break;
            case var other when !ApiKeys.IsValid(http):
                return Problem(StatusCodes.Status401Unauthorized, "يلزم مفتاح", $"الأخبار غير المنشورة ({other}) لا تظهر إلا بمفتاح API صالح في الترويسة X-Api-Key.");
            case "all":
                break;
            case var named when StatusNamed(named) is { } wanted:
                stories = stories.Where(a => a.Status == wanted);
                break;
            default:
                return Problem(StatusCodes.Status400BadRequest, "حالة غير معروفة", "status واحدة من: published, draft, review, scheduled, unpublished, all.");
        }

        // Each filter's slug is looked up once and the stories filtered by its id (an unknown slug: no stories). The lists
        // a reader page counts too (every published story, or one section's, tag's or writer's) take their total from
        // ListingCounts; any other combination is counted on each request.
        var listed = new List<string>();
        var filters = 0;
        if (section is not null)
        {
            filters++;
            var sectionId = await db.Sections.Where(s => s.Slug == section).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            stories = stories.Where(a => a.SectionId == sectionId);
            if (sectionId is { } id)
            {
                listed.Add(CacheTags.Section(id));
            }
        }

        // A little-used tag's or writer's stories are read through their links (LinkedStories), not found by sorting
        // and checking the whole archive.
        var rowsWanted = (long)number * size;
        if (tag is not null)
        {
            filters++;
            var tagId = await db.Tags.Where(t => t.Slug == tag).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
            stories = stories.Where(a => a.Tags.Any(t => t.Id == tagId));
            if (tagId is { } id)
            {
                listed.Add(CacheTags.Tag(id));
                stories = await stories.ThroughIfFewAsync(db.TagLinks(id), rowsWanted, cancellationToken);
            }
        }

        if (author is not null)
        {
            filters++;
            var authorId = await db.Authors.Where(x => x.Slug == author).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken);
            stories = stories.Where(a => a.Bylines.Any(b => b.AuthorId == authorId));
            if (authorId is { } id)
            {
                listed.Add(CacheTags.Author(id));
                stories = await stories.ThroughIfFewAsync(db.BylineLinks(id), rowsWanted, cancellationToken);
            }
        }

        var published = (status ?? "published") == "published";
        var countedAs = !published ? null : (filters, listed) switch
        {
            (0, _) => CacheTags.Latest,
            (1, [var only]) => only,
            _ => null,
        };
        var total = countedAs is null
            ? await stories.CountAsync(cancellationToken)
            : await counts.CountAsync(countedAs, () => stories.CountAsync(cancellationToken));
        // Published stories all have a publication time: newest first is then the reader pages' index order. Others are
        // ordered by their last change when they have none.
        var ordered = published
            ? stories.Latest()
            : stories.OrderByDescending(a => a.PublishedAtUtc ?? a.UpdatedAtUtc).ThenByDescending(a => a.Id);
        var ids = await ordered.Skip((number - 1) * size).Take(size).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id,
            a.Content.Title,
            a.Content.Standfirst,
            a.Slug,
            When = a.PublishedAtUtc ?? a.UpdatedAtUtc,
            a.Content.ImagePath,
            a.IsLive,
            SectionSlug = a.Section.Slug,
            SectionName = a.Section.Name,
        }).ToDictionaryAsync(r => r.Id, cancellationToken);
        // The bylines in a statement of their own: joined to the page's stories as a subquery, SQLite gathered every
        // story's bylines first (90 ms a page at 100,000 stories).
        var bylines = (await db.ArticleBylines.AsNoTracking().Where(b => ids.Contains(b.ArticleId)).OrderBy(b => b.Position)
            .Select(b => new { b.ArticleId, b.Author.Name }).ToListAsync(cancellationToken)).ToLookup(b => b.ArticleId, b => b.Name);
        var items = ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new StorySummary(
            r.Id, r.Title, r.Standfirst, urls.Absolute(SiteUrls.Article(r.Id, r.Slug)), r.When,
            new SectionRef(r.SectionSlug, r.SectionName, urls.Absolute(SiteUrls.Section(r.SectionSlug))),
            [.. bylines[r.Id]], urls.AbsoluteImage(r.ImagePath), r.IsLive)).ToList();

        http.Shows(CacheTags.Latest);
        http.ShowsArticles(ids);
        return TypedResults.Ok(Paged(http, items, number, size, total));
    }

    private static async Task<Results<Ok<Story>, ProblemHttpResult>> StoryAsync(
        [Description("The story's number, as in its address /articles/{id}")] int id, HttpContext http, NewsDbContext db, SiteUrls urls, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking()
            .Include(a => a.Section).Include(a => a.Tags).Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.Corrections)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var visible = story is { Status: ArticleStatus.Published, PublishedAtUtc: not null } || (story is not null && ApiKeys.IsValid(http));
        if (story is null || !visible)
        {
            return Problem(StatusCodes.Status404NotFound, "الخبر غير موجود", "لا يوجد خبر منشور بهذا الرقم.");
        }

        var c = story.Content;
        http.ShowsArticles([story.Id]);
        http.Shows([.. story.Bylines.Select(b => CacheTags.Author(b.AuthorId))]);
        return TypedResults.Ok(new Story(
            story.Id, c.Title, c.Standfirst, urls.Absolute(SiteUrls.Article(story)),
            story.ShortCode is null ? "" : urls.Absolute(SiteUrls.ShortLink(story.ShortCode)), StatusName(story.Status),
            story.PublishedAtUtc, story.ModifiedAtUtc,
            new SectionRef(story.Section.Slug, story.Section.Name, urls.Absolute(SiteUrls.Section(story.Section.Slug))),
            [.. story.Bylines.OrderBy(b => b.Position).Select(b => new AuthorRef(b.Author.Slug, b.Author.Name, urls.Absolute(SiteUrls.Author(b.Author.Slug)), b.Author.JobTitle))],
            c.Credit, [.. story.Tags.OrderBy(t => t.Name).Select(t => new TagRef(t.Slug, t.Name, urls.Absolute(SiteUrls.Tag(t.Slug))))],
            urls.AbsoluteImage(c.ImagePath) is { } image ? new ImageRef(image, c.ImageWidth, c.ImageHeight, c.ImageAlt, c.ImageCaption, c.ImageCredit) : null,
            urls.AbsoluteInHtml(story.BodyHtml), markdown.ToPlainText(c.BodyMarkdown), story.IsLive,
            [.. story.Corrections.OrderBy(x => x.AtUtc).Select(x => new CorrectionRef(x.AtUtc, x.Note))]));
    }

    private static async Task<Ok<IReadOnlyList<SectionRef>>> SectionsAsync(SiteSections sections, SiteUrls urls, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<SectionRef>>([.. (await sections.VisibleAsync(cancellationToken)).Select(s => new SectionRef(s.Slug, s.Name, urls.Absolute(SiteUrls.Section(s.Slug))))]);

    private static async Task<Results<Ok<ApiPage<TagRef>>, ProblemHttpResult>> TagsAsync(
        HttpContext http, NewsDbContext db, SiteUrls urls, [Description("1, 2, …")] int? page, [Description("Up to 50 (default 20)")] int? pageSize,
        CancellationToken cancellationToken)
    {
        if (Paging(page, pageSize) is not ({ } number, { } size))
        {
            return BadPaging();
        }

        var used = db.Tags.Where(t => t.Articles.Any(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc != null));   // not a draft's tags
        var total = await used.CountAsync(cancellationToken);
        var tags = await used.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((number - 1) * size).Take(size)
            .Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken);
        http.Shows(CacheTags.Latest);
        return TypedResults.Ok(Paged(http, [.. tags.Select(t => new TagRef(t.Slug, t.Name, urls.Absolute(SiteUrls.Tag(t.Slug))))], number, size, total));
    }

    private static async Task<Ok<IReadOnlyList<AuthorRef>>> AuthorsAsync(HttpContext http, NewsDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name, a.JobTitle }).ToListAsync(cancellationToken);
        http.Shows(CacheTags.Latest);
        return TypedResults.Ok<IReadOnlyList<AuthorRef>>([.. authors.Select(a => new AuthorRef(a.Slug, a.Name, urls.Absolute(SiteUrls.Author(a.Slug)), a.JobTitle))]);
    }

    private static async Task<Results<Ok<ApiPage<StorySummary>>, ProblemHttpResult>> SearchAsync(
        HttpContext http, SearchService search, SiteUrls urls, [Description("What to look for, in Arabic or Latin letters")] string? q,
        [Description("1, 2, …")] int? page, [Description("Up to 50 (default 20)")] int? pageSize,
        CancellationToken cancellationToken)
    {
        if (Paging(page, pageSize) is not ({ } number, { } size))
        {
            return BadPaging();
        }

        var query = SearchQuery.Parse(q);
        if (query.Status != SearchQueryStatus.Ready)
        {
            return Problem(StatusCodes.Status400BadRequest, "بحث غير صالح", query.Status switch
            {
                SearchQueryStatus.TooLong => $"نص البحث أطول من {SearchQuery.MaxLength} حرف.",
                SearchQueryStatus.NoWords => "لم نجد في النص كلمة نبحث عنها.",
                _ => "اكتب كلمة أو أكثر للبحث في q.",
            });
        }

        var results = await search.SearchAsync(query, number, size, cancellationToken);
        http.Shows(CacheTags.Latest);
        return TypedResults.Ok(Paged(http, [.. results.Items.Select(r => r.Card).Select(c => new StorySummary(
            c.Id, c.Title, c.Standfirst, urls.Absolute(SiteUrls.Article(c.Id, c.Slug)), c.PublishedAtUtc,
            new SectionRef(c.SectionSlug, c.SectionName, urls.Absolute(SiteUrls.Section(c.SectionSlug))), c.Authors, urls.AbsoluteImage(c.ImagePath), c.IsLive))],
            number, size, results.TotalItems));
    }

    // The API's names for the workflow's statuses.
    private static readonly Dictionary<string, ArticleStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["draft"] = ArticleStatus.Draft,
        ["review"] = ArticleStatus.InReview,
        ["scheduled"] = ArticleStatus.Scheduled,
        ["published"] = ArticleStatus.Published,
        ["unpublished"] = ArticleStatus.Unpublished,
    };

    private static ArticleStatus? StatusNamed(string name) => Statuses.TryGetValue(name, out var status) ? status : null;

    private static string StatusName(ArticleStatus status) => Statuses.First(s => s.Value == status).Key;

    private static (int?, int?) Paging(int? page, int? pageSize) =>
        (page ?? 1, pageSize ?? DefaultPageSize) is var (number, size) && number >= 1 && size is >= 1 and <= MaxPageSize ? (number, size) : (null, null);

    // next/previous are this request's address with another page number.
    private static ApiPage<T> Paged<T>(HttpContext http, IReadOnlyList<T> items, int page, int size, int total)
    {
        var pages = Math.Max(1, (total + size - 1) / size);
        string Link(int to)
        {
            var query = http.Request.Query.Where(p => p.Key != "page").ToDictionary(p => p.Key, p => p.Value);
            query["page"] = to.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var urls = http.RequestServices.GetRequiredService<SiteUrls>();
            return urls.Absolute(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(http.Request.Path, query));
        }

        return new ApiPage<T>(items, page, size, total, pages, page < pages ? Link(page + 1) : null, page > 1 ? Link(page - 1) : null);
    }

    private static ProblemHttpResult BadPaging() =>
        Problem(StatusCodes.Status400BadRequest, "صفحة غير صحيحة", $"page يبدأ من 1، و pageSize بين 1 و {MaxPageSize}.");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
