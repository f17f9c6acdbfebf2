using NewsSite.Web;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Sharing;
using NewsSite.Web.Feeds;
using NewsSite.Web.Search;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// wwwroot sits at the repository root: serve it from the build's static-web-assets manifest in every environment
// (tests run as "Testing"). A published app has no manifest and serves its own copied wwwroot, so this is a no-op there.
builder.WebHost.UseStaticWebAssets();
builder.AddNewsLogging();
builder.AddNewsSite();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseSerilogRequestLogging();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseMediaFiles();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSharing();
app.MapFeeds();

await app.MigrateNewsDatabaseAsync();
if (SearchStartup.IsRebuildCommand(args))
{
    await app.RebuildSearchIndexAsync();
    return;
}

await app.EnsureSearchIndexAsync();
await app.RunAsync();
