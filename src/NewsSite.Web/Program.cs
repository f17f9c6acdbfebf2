using NewsSite.Web;
using NewsSite.Web.Accounts;
using NewsSite.Web.Api;
using NewsSite.Web.Caching;
using NewsSite.Web.Counters;
using NewsSite.Web.Data;
using NewsSite.Web.Dates;
using NewsSite.Web.Feeds;
using NewsSite.Web.Import;
using NewsSite.Web.Markdown;
using NewsSite.Web.Media;
using NewsSite.Web.Nodes;
using NewsSite.Web.Operations;
using NewsSite.Web.Pages;
using NewsSite.Web.Publishing;
using NewsSite.Web.Publishing.Samples;
using NewsSite.Web.Search;
using NewsSite.Web.Security;
using NewsSite.Web.Sharing;
using NewsSite.Web.Urls;
using NewsSite.Web.Webhooks;

var builder = WebApplication.CreateBuilder(args);
// wwwroot sits at the repository root: serve it from the build's static-web-assets manifest in every environment
// (tests run as "Testing"). A published app has no manifest and serves its own copied wwwroot, so this is a no-op there.
builder.WebHost.UseStaticWebAssets();
builder.AddNewsLogging();
builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

// One line per capability folder; each registers its own services, options and background work.
builder.AddNewsDatabase();   // Data: the DbContext on SQLite
builder.AddUrls();           // every address the site prints
builder.AddDates();          // the clock, Arabic dates
builder.AddMarkdown();       // article bodies
builder.AddSecurity();       // proxies, hosts, cookies, rate limits, response headers
builder.AddAccounts();       // staff, roles, audit trail
builder.AddCounters();       // buffered page views
builder.AddMedia();          // the picture library and social cards
builder.AddSearch();         // the Arabic search index
builder.AddPublishing();     // the article workflow and scheduled publishing
builder.AddPageCaching();    // reader pages cached until what they show changes; compression
builder.AddSharing();        // share links, short links, Open Graph
builder.AddFeeds();          // RSS, Atom, sitemaps
builder.AddNewsPages();      // reader pages and the admin area
builder.AddContentApi();     // /api/v1: read-only JSON for apps and partners
builder.AddWebhooks();       // signed POSTs to partners when a story is published, updated or withdrawn
builder.AddOperations();     // health, and what it takes to run the site
builder.AddNodes();          // several nodes: leases for background jobs; Redis for the page cache, keys and changes

var app = builder.Build();
if (Backups.IsCommand(args))
{
    // --backup FILE / --restore FILE [--force], before anything opens the database.
    Environment.ExitCode = await Backups.RunAsync(app, args);
    return;
}

app.UseSecurity();
app.UseErrorPages();         // Arabic error pages for readers, ProblemDetails under /api
app.UseNewsRequestLogging();
app.UseRouting();
app.UseCors();               // the content API's origins (NewsSite:Api:CorsOrigins)
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseLegacyLinks();        // /?p=123 from the WordPress days
app.UsePageCaching();
app.MapMedia();
app.MapNewsPages();
app.MapSharing();
app.MapFeeds();
app.MapContentApi();
app.MapOperations();
app.MapLegacyLinks();        // old WordPress addresses, redirected to the stories they became

await using (await StartupLock.AcquireAsync(app))   // nodes starting together take turns
{
    await app.MigrateNewsDatabaseAsync();
    await app.EnsureFirstAdminAsync();
    await app.PreparePublishingAsync();
}

if (WordPressImport.IsCommand(args))
{
    // --import-wxr FILE [--images DIR]
    Environment.ExitCode = await WordPressImport.RunAsync(app, args);
    return;
}

if (GeneratedStories.IsCommand(args, out var storyCount))
{
    await app.GenerateStoriesAsync(storyCount);
    return;
}

if (SearchStartup.IsRebuildCommand(args))
{
    await app.RebuildSearchIndexAsync();
    return;
}

await using (await StartupLock.AcquireAsync(app))
{
    await app.EnsureSearchIndexAsync();
}

await app.RunAsync();
