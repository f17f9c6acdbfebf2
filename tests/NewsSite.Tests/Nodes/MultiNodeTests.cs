using System.Globalization;
using System.Net;
using System.Text.Json;
using Npgsql;
using NewsSite.Tests.Operations;
using NewsSite.Tests.Publishing;
using NewsSite.Tests.Webhooks;
using NewsSite.Web.Urls;

namespace NewsSite.Tests.Nodes;

// Two site processes behind no balancer, on different ports, sharing one PostgreSQL database, one Redis and one media
// folder — what several web nodes of a newsroom are. A person moves between them as a load balancer would send them.
public sealed class MultiNodeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"newssite-nodes-{Guid.NewGuid():N}");
    private readonly string _database;

    public MultiNodeTests()
    {
        _database = "newssite_nodes_" + Path.GetFileName(_root)[15..];
        Directory.CreateDirectory(_root);
    }

    [ServersFact]
    public async Task TwoNodesServeOneNewsroom()
    {
        var connection = TestServers.PostgresDatabase(_database);
        await using var partner = WebhookReceiver.Start();
        var settings = new Dictionary<string, string>
        {
            ["NewsSite__Redis__Prefix"] = _database + ":",   // this test's keys and channel only
            ["NewsSite__Webhooks__Subscribers__0__Name"] = "partner",
            ["NewsSite__Webhooks__Subscribers__0__Url"] = partner.Url("/hooks"),
            ["NewsSite__Webhooks__Subscribers__0__Secret"] = "a-partner-secret-of-at-least-32-characters",
            ["NewsSite__Database__Provider"] = "Postgres",
            ["ConnectionStrings__News"] = connection,
            ["ConnectionStrings__Redis"] = TestServers.Redis!,
            ["NewsSite__Media__Path"] = Path.Combine(_root, "shared-media"),
            ["NewsSite__Counters__FlushIntervalSeconds"] = "1",
            ["NewsSite__Publishing__CheckEverySeconds"] = "1",
            ["NewsSite__RateLimits__SuggestionsPerMinute"] = "6",
        };
        if (TestServers.S3 is { } s3)
        {
            // The pictures in one bucket instead of one shared folder.
            settings["NewsSite__Media__Store"] = "S3";
            settings["NewsSite__Media__S3__ServiceUrl"] = s3;
            settings["NewsSite__Media__S3__Bucket"] = TestServers.S3Bucket;
            settings["NewsSite__Media__S3__AccessKey"] = TestServers.S3Key;
            settings["NewsSite__Media__S3__SecretKey"] = TestServers.S3Key;
            settings["NewsSite__Media__S3__Prefix"] = _database + "/";
        }

        // Both started at once on the empty database, as a deployment rolls out: one migrates, one seeds.
        var startingA = SiteProcess.StartAsync(Path.Combine(_root, "a"), sampleContent: true, settings);
        var startingB = SiteProcess.StartAsync(Path.Combine(_root, "b"), sampleContent: true, settings);
        await using var a = await startingA;
        await using var b = await startingB;
        Assert.Equal(1L, await ScalarAsync<long>(connection, """SELECT count(*) FROM "AspNetUsers" WHERE @id = 0""", 0));
        Assert.Equal(
            await ScalarAsync<long>(connection, """SELECT count(DISTINCT "Title") FROM "Articles" WHERE @id = 0""", 0),
            await ScalarAsync<long>(connection, """SELECT count(*) FROM "Articles" WHERE @id = 0""", 0));
        Assert.Equal(
            await ScalarAsync<long>(connection, """SELECT count(*) FROM "Articles" WHERE @id = 0""", 0),
            await ScalarAsync<long>(connection, """SELECT count(*) FROM "StorySearch" WHERE @id = 0""", 0));
        using var readerOnA = new HttpClient { BaseAddress = new Uri(a.BaseUrl) };
        using var readerOnB = new HttpClient { BaseAddress = new Uri(b.BaseUrl) };

        // Signed in on A, the same browser saves on B: one session, keys and form tokens shared through Redis.
        var cookies = new CookieContainer();
        using var editorOnA = Client(a.BaseUrl, cookies);
        using var editorOnB = Client(b.BaseUrl, cookies);
        using (var signedIn = await editorOnA.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = SiteProcess.AdminEmail,
            ["Input.Password"] = SiteProcess.AdminPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        // Both homes cached before the publication.
        var title = "خبر ينشر على عقدة ويظهر على الأخرى " + Guid.NewGuid().ToString("N")[..6];
        foreach (var reader in new[] { readerOnA, readerOnB })
        {
            await reader.GetStringAsync("/");
            Assert.DoesNotContain(title, await reader.GetStringAsync("/"), StringComparison.Ordinal);
        }

        using var saved = await editorOnB.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story(title), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("/Admin/Login", saved.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        var id = EditorForm.IdFrom(saved);
        Assert.Contains(title, await readerOnA.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains(title, await readerOnB.GetStringAsync("/"), StringComparison.Ordinal);

        // The partner hears of the publication once, from whichever node holds the webhooks' lease.
        await Eventually.TrueAsync(() => partner.Requests.Any(r => StoryOf(r) == id));
        await Task.Delay(TimeSpan.FromSeconds(2));   // a window for a second delivery from the other node: none comes
        Assert.Single(partner.Requests, r => r.Event == "story.published" && StoryOf(r) == id);

        // A banner set on A is on B's pages at once, although B keeps its own copy of the banner for a few seconds:
        // the change reaches B through Redis and clears it.
        Assert.Contains(title, await readerOnB.GetStringAsync("/"), StringComparison.Ordinal);   // B's copy: no banner
        var banner = "عاجل من العقدة الأولى " + Guid.NewGuid().ToString("N")[..6];
        using (var on = await editorOnA.SubmitAsync("/Admin/Breaking", "#breaking-form", new Dictionary<string, string?> { ["Input.Headline"] = banner }))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }

        Assert.Contains(banner, await readerOnB.GetStringAsync("/"), StringComparison.Ordinal);

        // An edit on A: B's cached article page shows it on the next request.
        var slug = await ScalarAsync<string>(connection, """SELECT "Slug" FROM "Articles" WHERE "Id" = @id""", id);
        Assert.Contains(title, await readerOnB.GetStringAsync(SiteUrls.Article(id, slug)), StringComparison.Ordinal);
        var form = EditorForm.Story(title + " (محدث)");
        using (var edited = await editorOnA.SubmitAsync($"/Admin/Articles/Edit/{id}", "#article-form", form, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        slug = await ScalarAsync<string>(connection, """SELECT "Slug" FROM "Articles" WHERE "Id" = @id""", id);
        Assert.Contains(title + " (محدث)", await readerOnB.GetStringAsync(SiteUrls.Article(id, slug)), StringComparison.Ordinal);

        // Views counted on both nodes add up exactly: each node flushes its own into the one row.
        var before = await ScalarAsync<long>(connection, """SELECT "ViewCount" FROM "Articles" WHERE "Id" = @id""", id);
        await Task.WhenAll(Beacons(readerOnA, id, 23), Beacons(readerOnB, id, 19));
        await Eventually.TrueAsync(async () => await ScalarAsync<long>(connection, """SELECT "ViewCount" FROM "Articles" WHERE "Id" = @id""", id) >= before + 42);
        await Task.Delay(TimeSpan.FromSeconds(2));   // another flush on each node: nothing counted twice
        Assert.Equal(before + 42, await ScalarAsync<long>(connection, """SELECT "ViewCount" FROM "Articles" WHERE "Id" = @id""", id));

        // A story falls due while both nodes look every second: published once.
        var draftTitle = "خبر مجدول ينشر مرة واحدة " + Guid.NewGuid().ToString("N")[..6];
        using var draft = await editorOnA.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story(draftTitle), "Save");
        var scheduled = EditorForm.IdFrom(draft);
        await ExecuteAsync(connection, """
            UPDATE "Articles" SET "Status" = 'Scheduled', "ScheduledAtUtc" = now() - interval '1 second' WHERE "Id" = @id
            """, scheduled);
        await Eventually.TrueAsync(async () => await ScalarAsync<string>(connection, """SELECT "Status" FROM "Articles" WHERE "Id" = @id""", scheduled) == "Published");
        await Task.Delay(TimeSpan.FromSeconds(3));   // both nodes look twice more: still one publication
        Assert.Equal(1L, await ScalarAsync<long>(connection, """SELECT count(*) FROM "AuditEntries" WHERE "Action" = 'publish-scheduled' AND "ArticleId" = @id""", scheduled));
        Assert.Contains(draftTitle, await readerOnB.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains(draftTitle, await readerOnA.GetStringAsync("/"), StringComparison.Ordinal);

        // A picture uploaded through A is served by B.
        using (var uploaded = await Media.MediaUploads.UploadAsync(editorOnA, TestImages.Jpeg(900, 600), "صورة.jpg", "image/jpeg"))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var hash = await ScalarAsync<string>(connection, """SELECT "Hash" FROM "MediaItems" WHERE "Id" > @id ORDER BY "Id" DESC LIMIT 1""", 0);
        using (var picture = await readerOnB.GetAsync($"/media/{hash}-960.webp"))
        {
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        }

        // One address gets six suggestions a minute from the two nodes together, not six from each.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await (i % 2 == 0 ? readerOnA : readerOnB).GetAsync($"/search/suggest?q={Uri.EscapeDataString("خبر " + i)}");
            answers.Add(response.StatusCode);
        }

        Assert.Equal(6, answers.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(2, answers.Count(c => c == HttpStatusCode.TooManyRequests));

        // The node holding the scheduled-publishing lease dies (kill -9, the lease still its own): the other takes over
        // once the lease runs out (three checks).
        var holder = await ScalarAsync<string>(connection, """SELECT "Holder" FROM "JobLeases" WHERE "Name" = 'scheduled-publishing' AND @id = 0""", 0);
        var (dead, survivor) = holder.Split('/')[1] == a.ProcessId.ToString(CultureInfo.InvariantCulture) ? (a, editorOnB) : (b, editorOnA);
        await dead.KillAsync();
        using var late = await survivor.SubmitAsync("/Admin/Articles/Edit", "#article-form", EditorForm.Story("خبر مجدول بعد سقوط عقدة"), "Save");
        var orphan = EditorForm.IdFrom(late);
        await ExecuteAsync(connection, """
            UPDATE "Articles" SET "Status" = 'Scheduled', "ScheduledAtUtc" = now() - interval '1 second' WHERE "Id" = @id
            """, orphan);
        await Eventually.TrueAsync(async () => await ScalarAsync<string>(connection, """SELECT "Status" FROM "Articles" WHERE "Id" = @id""", orphan) == "Published");
        Assert.NotEqual(holder, await ScalarAsync<string>(connection, """SELECT "Holder" FROM "JobLeases" WHERE "Name" = 'scheduled-publishing' AND @id = 0""", 0));
    }

    private static int StoryOf(WebhookReceiver.Received request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("story").GetProperty("id").GetInt32();

    private static HttpClient Client(string baseUrl, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };

    private static async Task Beacons(HttpClient reader, int id, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SiteUrls.ArticleViews(id));
            request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
            using var response = await reader.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, int id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql, int id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        TestServers.DropPostgresDatabase(TestServers.PostgresDatabase(_database));
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a log file still being closed
        }
    }
}
