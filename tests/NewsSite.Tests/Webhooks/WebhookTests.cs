using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Publishing;
using NewsSite.Web.Accounts;
using NewsSite.Web.Models;
using NewsSite.Web.Webhooks;

namespace NewsSite.Tests.Webhooks;

// Two subscribers on a receiver that really listens: "app" takes every event, "search" only publications and
// withdrawals and is the one that goes down.
public sealed class WebhookFactory : NewsSiteFactory
{
    public const string AppSecret = "app-secret-0123456789-abcdefghijklmnopq";
    public const string SearchSecret = "search-secret-0123456789-abcdefghijklm";

    public WebhookReceiver Receiver { get; } = WebhookReceiver.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsSite:Webhooks:Subscribers:0:Name", "app");
        builder.UseSetting("NewsSite:Webhooks:Subscribers:0:Url", Receiver.Url("/hooks/app"));
        builder.UseSetting("NewsSite:Webhooks:Subscribers:0:Secret", AppSecret);
        builder.UseSetting("NewsSite:Webhooks:Subscribers:1:Name", "search");
        builder.UseSetting("NewsSite:Webhooks:Subscribers:1:Url", Receiver.Url("/hooks/search"));
        builder.UseSetting("NewsSite:Webhooks:Subscribers:1:Secret", SearchSecret);
        builder.UseSetting("NewsSite:Webhooks:Subscribers:1:Events:0", "story.published");
        builder.UseSetting("NewsSite:Webhooks:Subscribers:1:Events:1", "story.unpublished");
        builder.UseSetting("NewsSite:Webhooks:RetryAfterSeconds", "1");
        builder.UseSetting("NewsSite:Webhooks:MaxAttempts", "2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Receiver.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

public sealed class WebhookTests(WebhookFactory factory) : IClassFixture<WebhookFactory>
{
    private WebhookReceiver Receiver => factory.Receiver;

    [Fact]
    public async Task PublishingUpdatingAndWithdrawingAStoryIsAnnouncedSignedToEachSubscriber()
    {
        var editor = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var title = "قمة خليجية طارئة " + Guid.NewGuid().ToString("N")[..6];
        var id = await PublishAsync(editor, title);
        var edit = $"/Admin/Articles/Edit/{id}";
        var first = await WaitForAsync(r => r.Path == "/hooks/app" && Story(r) == id, 1);
        await WaitForAsync(r => r.Path == "/hooks/search" && Story(r) == id, 1);

        using var updated = await editor.SubmitAsync(edit, "#article-form", new Dictionary<string, string?> { ["Input.Standfirst"] = "مقدمة جديدة" }, "Publish");
        using var withdrawn = await editor.SubmitAsync(edit, "#article-form", null, "Unpublish");
        var toApp = await WaitForAsync(r => r.Path == "/hooks/app" && Story(r) == id, 3);
        var toSearch = await WaitForAsync(r => r.Path == "/hooks/search" && Story(r) == id, 2);

        Assert.Equal(["story.published", "story.updated", "story.unpublished"], toApp.Select(r => r.Event));
        Assert.Equal(["story.published", "story.unpublished"], toSearch.Select(r => r.Event));   // "search" did not ask for updates
        Assert.All(toApp, r => Assert.True(WebhookSignature.Verify(WebhookFactory.AppSecret, r.Timestamp, r.Body, r.Signature)));
        Assert.All(toSearch, r => Assert.True(WebhookSignature.Verify(WebhookFactory.SearchSecret, r.Timestamp, r.Body, r.Signature)));
        Assert.False(WebhookSignature.Verify(WebhookFactory.SearchSecret, first[0].Timestamp, first[0].Body, first[0].Signature));
        Assert.False(WebhookSignature.Verify(WebhookFactory.AppSecret, first[0].Timestamp, first[0].Body.Replace(title, "عنوان مزوّر", StringComparison.Ordinal), first[0].Signature));
        Assert.InRange(long.Parse(first[0].Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        using var payload = JsonDocument.Parse(first[0].Body);
        var story = payload.RootElement.GetProperty("story");
        Assert.Equal("story.published", payload.RootElement.GetProperty("event").GetString());
        Assert.Equal(title, story.GetProperty("title").GetString());
        Assert.StartsWith($"https://news.example/articles/{id}/", story.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal($"https://news.example/api/v1/stories/{id}", story.GetProperty("api").GetString());
        Assert.Equal("مقدمة جديدة", JsonDocument.Parse(toApp[1].Body).RootElement.GetProperty("story").GetProperty("standfirst").GetString());
    }

    [Fact]
    public async Task DraftsAndReviewsAreNeverAnnounced()
    {
        var writer = (await factory.StaffAsync(Roles.Writer)).Client;
        using var saved = await writer.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = "مسودة لا يعلم بها أحد",
            ["Input.BodyMarkdown"] = "نص.",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
        }, "Save");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await saved.ParseAsync()).QuerySelectorAll(".field-error, .form-errors li, [role=alert]").Select(e => e.TextContent.Trim())));
        var id = EditorForm.IdFrom(saved);
        using var submitted = await writer.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", null, "SubmitForReview");

        Assert.Equal(0, await factory.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.ArticleId == id)));
    }

    [Fact]
    public async Task AnAnswerOtherThan2xxIsTriedAgainThenLoggedAsFailedAndAnAdminCanSendItAgain()
    {
        var admin = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        var title = "خبر يصل متأخراً " + Guid.NewGuid().ToString("N")[..6];
        Receiver.Down = true;
        int id;
        try
        {
            id = await PublishAsync(admin, title);
            await Eventually.TrueAsync(() => factory.WithDbAsync(async db => await db.WebhookDeliveries.CountAsync(d => d.ArticleId == id) == 2
                && await db.WebhookDeliveries.Where(d => d.ArticleId == id).AllAsync(d => d.State == WebhookDeliveryState.Failed)));
        }
        finally
        {
            Receiver.Down = false;
        }

        var log = await admin.GetDocumentAsync("/Admin/Webhooks?state=Failed");
        var rows = log.QuerySelectorAll("#deliveries tbody tr").Where(r => r.TextContent.Contains(title, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);   // one per subscriber
        Assert.All(rows, r => Assert.Contains("503", r.TextContent, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("فشل", r.TextContent, StringComparison.Ordinal));
        Assert.All(await factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.ArticleId == id).Select(d => d.Attempts).ToListAsync()), a => Assert.Equal(2, a));

        var delivery = rows[0].GetAttribute("data-delivery")!;
        using var again = await admin.SubmitRowFormAsync("/Admin/Webhooks?state=Failed", "Retry", delivery);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await WaitForAsync(r => r.Delivery == delivery, 1);
        using var rest = await admin.SubmitAsync("/Admin/Webhooks", "#retry-all-form");
        await Eventually.TrueAsync(() => factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.ArticleId == id)
            .AllAsync(d => d.State == WebhookDeliveryState.Delivered)));
        var afterwards = await admin.GetDocumentAsync("/Admin/Webhooks");
        Assert.Contains("وصل", afterwards.QuerySelector($"#deliveries tr[data-delivery='{delivery}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileOneCallIsRetriedLaterNewsAboutTheSameStoryWaitsItsTurn()
    {
        var editor = await factory.SignInAsync(NewsSiteFactory.AdminEmail, NewsSiteFactory.AdminPassword);
        Receiver.Down = true;
        int id;
        try
        {
            id = await PublishAsync(editor, "خبر يتأخر إشعاره " + Guid.NewGuid().ToString("N")[..6]);
            await Eventually.TrueAsync(() => factory.WithDbAsync(db => db.WebhookDeliveries.AnyAsync(d => d.ArticleId == id && d.Subscriber == "app" && d.Attempts == 1)));
            using var updated = await editor.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", new Dictionary<string, string?> { ["Input.Standfirst"] = "تحديث" }, "Publish");
            await Task.Delay(300);   // the sender is awake (the update woke it) but must hold the update back
        }
        finally
        {
            Receiver.Down = false;
        }

        await WaitForAsync(r => r.Path == "/hooks/app" && Story(r) == id, 2);
        Assert.Equal(["story.published", "story.updated"], Receiver.Requests.Where(r => r.Path == "/hooks/app" && Story(r) == id).Select(r => r.Event));
    }

    [Fact]
    public async Task OnlyAdminsSeeTheDeliveryLog()
    {
        var editor = (await factory.StaffAsync(Roles.Editor)).Client;
        using var response = await editor.GetAsync("/Admin/Webhooks");
        Assert.Equal("/Error/403", response.LocationPath().Split('?')[0]);
    }

    private static async Task<int> PublishAsync(HttpClient editor, string title)
    {
        using var published = await editor.SubmitAsync("/Admin/Articles/Edit", "#article-form", new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.BodyMarkdown"] = "يجتمع القادة اليوم.",
            ["Input.SectionId"] = "1",
            ["Input.AuthorId"] = "1",
        }, "Publish");
        return EditorForm.IdFrom(published);
    }

    private static int Story(WebhookReceiver.Received r) => JsonDocument.Parse(r.Body).RootElement.GetProperty("story").GetProperty("id").GetInt32();

    private async Task<List<WebhookReceiver.Received>> WaitForAsync(Func<WebhookReceiver.Received, bool> match, int count)
    {
        await Eventually.TrueAsync(() => Receiver.Requests.Count(match) >= count);
        return [.. Receiver.Requests.Where(match).OrderBy(r => long.Parse(r.Delivery, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
