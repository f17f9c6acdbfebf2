using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Web.Accounts;
using NewsSite.Web.Publishing;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Publishing;

public class ClockedNewsSiteFactory : NewsSiteFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SchedulingTests(ClockedNewsSiteFactory factory) : IClassFixture<ClockedNewsSiteFactory>
{
    private static string Local(DateTimeOffset utc) =>
        utc.ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Editor, int Id)> ScheduleAsync(string title, TimeSpan fromNow)
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);
        using var response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.BodyMarkdown"] = "نص مجدول",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
            ["Input.ScheduleAt"] = Local(factory.Clock.GetUtcNow() + fromNow),
        }, "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (editor, EditorForm.IdFrom(response));
    }

    [Fact]
    public async Task AScheduledStoryGoesLiveAtItsTimeExactlyOnce()
    {
        var (_, id) = await ScheduleAsync("خبر مجدول للنشر", TimeSpan.FromHours(1));
        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == id));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddHours(1), article.ScheduledAtUtc!.Value, TimeSpan.FromMinutes(1));
        var publisher = factory.Services.GetServices<IHostedService>().OfType<ScheduledPublisher>().Single();
        var reader = factory.CreateClient();

        await publisher.PublishDueAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(SiteUrls.Article(id, article.Slug))).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));   // as after a restart: the catch-up finds it due
        await Task.WhenAll(publisher.PublishDueAsync(CancellationToken.None), publisher.PublishDueAsync(CancellationToken.None));
        await publisher.PublishDueAsync(CancellationToken.None);

        var page = await reader.GetDocumentAsync(SiteUrls.Article(id, article.Slug));
        Assert.Equal("خبر مجدول للنشر", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.ArticleId == id && e.Action == "publish-scheduled")));
        var published = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == id));
        Assert.Equal(article.ScheduledAtUtc, published.PublishedAtUtc);

        // Going live through the scheduler also puts the story in search.
        var results = await reader.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("مجدول للنشر"));
        Assert.Contains(results.QuerySelectorAll("a"), a => a.TextContent.Contains("خبر مجدول للنشر", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATimeInThePastIsRefusedWithAnArabicMessage()
    {
        var (editor, _) = await factory.StaffAsync(Roles.Editor);

        using var response = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "جدولة في الماضي",
            ["Input.BodyMarkdown"] = "نص لا يضيع",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
            ["Input.ScheduleAt"] = Local(factory.Clock.GetUtcNow() - TimeSpan.FromHours(3)),
        }, "Schedule");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("موعد النشر في الماضي", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("نص لا يضيع", page.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent);
    }

    [Fact]
    public async Task TheDashboardListsScheduledStories()
    {
        var (editor, _) = await ScheduleAsync("خبر في قائمة المجدولة", TimeSpan.FromDays(2));

        var dashboard = await editor.GetDocumentAsync("/Admin");

        Assert.Contains(dashboard.QuerySelectorAll("#scheduled-title ~ ol a"), a => a.TextContent == "خبر في قائمة المجدولة");
    }
}
