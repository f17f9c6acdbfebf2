using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace NewsSite.Tests.Operations;

// kill -9 in the middle of a busy moment: 32 readers and two editors publishing, then the process is killed without
// warning and started again. The database must pass SQLite's integrity check, every story the site said it published
// must be there, and nobody may have seen a server error.
public sealed class FaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssite-fault-").FullName;

    [SqliteFact]
    public async Task AKilledSiteLosesNoAcknowledgedSaveAndComesBackIntact()
    {
        var errors = new ConcurrentBag<int>();
        long served;
        List<(int Id, string Title, DateTime AcknowledgedAtUtc)> acknowledged;
        await using (var site = await SiteProcess.StartAsync(_folder))
        {
            var first = await Newsroom.SignInAsync(site.BaseUrl);
            var second = await Newsroom.SignInAsync(site.BaseUrl);
            using var stop = new CancellationTokenSource();
            var reading = Newsroom.ReadUntilAsync(site.BaseUrl, 32, errors, stop.Token);
            var editors = new[] { Newsroom.PublishUntilAsync(first, "محرر أول", errors, stop.Token), Newsroom.PublishUntilAsync(second, "محرر ثان", errors, stop.Token) };
            await Task.Delay(TimeSpan.FromSeconds(8));

            await site.KillAsync();   // mid-flight: requests in progress get no answer
            await stop.CancelAsync();
            served = await reading;
            acknowledged = [.. (await Task.WhenAll(editors)).SelectMany(e => e)];
        }

        Assert.Equal("ok", await IntegrityAsync());
        await using var restarted = await SiteProcess.StartAsync(_folder);
        var found = await StoriesAsync(acknowledged.Select(a => a.Id));
        output.WriteLine($"requests served {served}, saves acknowledged {acknowledged.Count}, saves found after the restart {acknowledged.Count(a => found.GetValueOrDefault(a.Id) == a.Title)}, server errors {errors.Count}");

        Assert.True(acknowledged.Count > 0, "no story was published before the kill");
        Assert.All(acknowledged, a => Assert.Equal(a.Title, found.GetValueOrDefault(a.Id)));
        Assert.Empty(errors);
        using var reader = new HttpClient { BaseAddress = new Uri(restarted.BaseUrl) };
        var last = acknowledged.MaxBy(a => a.AcknowledgedAtUtc);
        Assert.Contains(last.Title, await reader.GetStringAsync($"/articles/{last.Id}"), StringComparison.Ordinal);
    }

    private async Task<string?> IntegrityAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync();
    }

    private async Task<Dictionary<int, string>> StoriesAsync(IEnumerable<int> ids)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id, Title FROM Articles WHERE Status = 'Published' AND Id IN ({string.Join(',', ids.DefaultIfEmpty(0))})";
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<int, string>();
        while (await reader.ReadAsync())
        {
            found[reader.GetInt32(0)] = reader.GetString(1);
        }

        return found;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "news.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
