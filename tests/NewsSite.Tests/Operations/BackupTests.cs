using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using NewsSite.Tests.Media;
using Xunit.Abstractions;

namespace NewsSite.Tests.Operations;

// --backup while readers and an editor are busy, --restore into an empty folder, start: everything acknowledged before
// the backup began is there. Each site is a real process, as in production.
public sealed class BackupTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _live = Directory.CreateTempSubdirectory("newssite-live-").FullName;
    private readonly string _restored = Directory.CreateTempSubdirectory("newssite-restored-").FullName;
    private readonly string _archive = Path.Combine(Path.GetTempPath(), $"newssite-backup-{Guid.NewGuid():N}.tar");

    [SqliteFact]
    public async Task ABackupTakenUnderLoadRestoresEveryAcknowledgedStoryAndPicture()
    {
        string picture;
        List<(int Id, string Title, DateTime AcknowledgedAtUtc)> stories;
        DateTime backupStarted;
        var errors = new ConcurrentBag<int>();
        await using (var site = await SiteProcess.StartAsync(_live))
        {
            var editor = await Newsroom.SignInAsync(site.BaseUrl);
            using var uploaded = await MediaUploads.UploadAsync(editor, TestImages.Jpeg(1200, 675), "ميناء.jpg", "image/jpeg");
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
            picture = (await editor.GetDocumentAsync("/Admin/Media")).QuerySelector("input[readonly][dir=ltr]")!.GetAttribute("value")!;

            using var stop = new CancellationTokenSource();
            var reading = Newsroom.ReadUntilAsync(site.BaseUrl, 8, errors, stop.Token);
            var publishing = Newsroom.PublishUntilAsync(editor, "قبل النسخة", errors, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(3));

            backupStarted = DateTime.UtcNow;
            var (code, text) = await SiteProcess.RunAsync(_live, "--backup", _archive);
            Assert.True(code == 0, text);
            await Task.Delay(TimeSpan.FromSeconds(1));   // the site kept serving throughout
            await stop.CancelAsync();
            var served = await reading;
            stories = await publishing;
            output.WriteLine($"served {served} reader requests, {stories.Count} stories published, {stories.Count(s => s.AcknowledgedAtUtc < backupStarted)} before the backup began");
            Assert.Empty(errors);
        }

        var (restoreCode, restoreText) = await SiteProcess.RunAsync(_restored, "--restore", _archive);
        Assert.True(restoreCode == 0, restoreText);
        await using var restored = await SiteProcess.StartAsync(_restored);
        using var reader = new HttpClient { BaseAddress = new Uri(restored.BaseUrl) };
        var before = stories.Where(s => s.AcknowledgedAtUtc < backupStarted).ToList();
        Assert.NotEmpty(before);
        foreach (var (id, title, _) in before)
        {
            Assert.Contains(title, await reader.GetStringAsync($"/articles/{id}"), StringComparison.Ordinal);
        }

        using var image = await reader.GetAsync(picture);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("ok", await IntegrityAsync(Path.Combine(_restored, "news.db")));
    }

    [SqliteFact]
    public async Task RestoreRefusesToReplaceANewsroomUnlessForced()
    {
        await using (var site = await SiteProcess.StartAsync(_live))
        {
            Assert.Equal(0, (await SiteProcess.RunAsync(_live, "--backup", _archive)).ExitCode);
        }

        var (refused, why) = await SiteProcess.RunAsync(_live, "--restore", _archive);
        Assert.Equal(1, refused);
        Assert.Contains("--force", why, StringComparison.Ordinal);
        Assert.Equal(0, (await SiteProcess.RunAsync(_live, "--restore", _archive, "--force")).ExitCode);
        Assert.Equal(1, (await SiteProcess.RunAsync(_restored, "--restore", _archive + ".missing")).ExitCode);
    }

    private static async Task<string?> IntegrityAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _live, _restored })
        {
            Directory.Delete(folder, recursive: true);
        }

        File.Delete(_archive);
    }
}
