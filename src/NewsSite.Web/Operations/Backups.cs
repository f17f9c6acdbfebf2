using System.Formats.Tar;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Security;

namespace NewsSite.Web.Operations;

// `--backup FILE`: one tar archive of everything a restore needs, taken while the site keeps serving — the database
// through SQLite's online backup (a consistent snapshot, readers and writers carry on), then the pictures (content-
// addressed files written before the rows that name them, so every picture the snapshot knows is there) and the
// data-protection keys. `--restore FILE [--force]` puts them back into the configured paths; it refuses to replace a
// database that already holds stories unless --force. Both exit when done (0, or 1 with the reason logged).
internal static class Backups
{
    public const string BackupSwitch = "--backup";
    public const string RestoreSwitch = "--restore";
    private const string DatabaseEntry = "news.db";
    private const string ManifestEntry = "manifest.json";

    public static bool IsCommand(string[] args) => args.Contains(BackupSwitch) || args.Contains(RestoreSwitch);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var backup = args.Contains(BackupSwitch);
        // The archive is a one-machine site's: SQLite, pictures and keys in folders. Servers have their own tools (which
        // also restore to a point in time); an archive that silently left them out would be worse than none.
        var elsewhere = new List<string>();
        if (DatabaseProviders.From(app.Configuration) != DatabaseProvider.Sqlite)
        {
            elsewhere.Add("the database is on PostgreSQL (pg_dump, pg_restore)");
        }

        if (app.Services.GetRequiredService<IOptions<MediaOptions>>().Value.Store != MediaStoreKind.Local)
        {
            elsewhere.Add("the pictures are in an S3 bucket (the bucket's versioning or replication)");
        }

        if (!string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString("Redis")))
        {
            elsewhere.Add("the keys are in Redis (its RDB/AOF persistence)");
        }

        if (elsewhere.Count > 0)
        {
            app.Logger.BackupFailed(backup ? "backup" : "restore", string.Join("; ", elsewhere) + ": back them up with those tools");
            return 1;
        }

        var paths = Paths.Of(app);
        var file = Argument(args, backup ? BackupSwitch : RestoreSwitch);
        if (file is null)
        {
            app.Logger.BackupFailed(backup ? "backup" : "restore", "name the archive: --backup FILE or --restore FILE");
            return 1;
        }

        try
        {
            return backup ? await BackupAsync(app.Logger, paths, Path.GetFullPath(file)) : await RestoreAsync(app.Logger, paths, Path.GetFullPath(file), args.Contains("--force"));
        }
        catch (Exception ex) when (ex is IOException or SqliteException or InvalidDataException or UnauthorizedAccessException)
        {
            app.Logger.BackupFailed(backup ? "backup" : "restore", ex.Message);
            return 1;
        }
    }

    private static async Task<int> BackupAsync(ILogger logger, Paths paths, string file)
    {
        var work = Directory.CreateTempSubdirectory("newssite-backup-").FullName;
        try
        {
            var copy = Path.Combine(work, DatabaseEntry);
            using (var source = new SqliteConnection(paths.ConnectionString))
            using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                source.Open();
                target.Open();
                source.BackupDatabase(target);
            }

            var stories = await CheckAsync(copy);
            var media = Files(paths.Media).ToList();
            var keys = Files(paths.Keys).ToList();
            var manifest = new Manifest(DateTime.UtcNow, stories, media.Count, keys.Count);
            await File.WriteAllTextAsync(Path.Combine(work, ManifestEntry), JsonSerializer.Serialize(manifest));

            // Written beside, then moved into place: a half-written archive never carries the final name.
            var partial = file + ".partial";
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using (var stream = File.Create(partial))
            await using (var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: false))
            {
                await tar.WriteEntryAsync(Path.Combine(work, ManifestEntry), ManifestEntry);
                await tar.WriteEntryAsync(copy, DatabaseEntry);
                foreach (var (path, name) in media)
                {
                    await tar.WriteEntryAsync(path, "media/" + name);
                }

                foreach (var (path, name) in keys)
                {
                    await tar.WriteEntryAsync(path, "keys/" + name);
                }
            }

            File.Move(partial, file, overwrite: true);
            logger.BackupWritten(file, stories, media.Count);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RestoreAsync(ILogger logger, Paths paths, string file, bool force)
    {
        if (!File.Exists(file))
        {
            logger.BackupFailed("restore", $"no archive at {file}");
            return 1;
        }

        var work = Directory.CreateTempSubdirectory("newssite-restore-").FullName;
        try
        {
            await TarFile.ExtractToDirectoryAsync(file, work, overwriteFiles: false);   // refuses entries outside work
            var database = Path.Combine(work, DatabaseEntry);
            if (!File.Exists(database) || !File.Exists(Path.Combine(work, ManifestEntry)))
            {
                logger.BackupFailed("restore", "this is not a NewsSite backup (no manifest.json or news.db)");
                return 1;
            }

            var stories = await CheckAsync(database);
            if (File.Exists(paths.Database) && await StoriesInAsync(paths.Database) > 0 && !force)
            {
                logger.BackupFailed("restore", $"{paths.Database} already holds stories; add --force to replace it");
                return 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(paths.Database)!);
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { "-wal", "-shm" })
            {
                File.Delete(paths.Database + leftover);
            }

            File.Copy(database, paths.Database, overwrite: true);
            var pictures = CopyTree(Path.Combine(work, "media"), paths.Media);
            CopyTree(Path.Combine(work, "keys"), paths.Keys);
            logger.BackupRestored(file, stories, pictures);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    // The copy must open and pass SQLite's own check; returns how many stories it holds.
    private static async Task<long> CheckAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        var result = (string?)await check.ExecuteScalarAsync();
        if (result != "ok")
        {
            throw new InvalidDataException($"the database copy failed SQLite's integrity check: {result}");
        }

        return await StoriesInAsync(connection);
    }

    private static async Task<long> StoriesInAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return await StoriesInAsync(connection);
    }

    private static async Task<long> StoriesInAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Articles') THEN (SELECT COUNT(*) FROM \"Articles\") ELSE 0 END;";
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    private static IEnumerable<(string Path, string Name)> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith(".health-", StringComparison.Ordinal))
                .Select(f => (f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            : [];

    private static int CopyTree(string from, string to)
    {
        var copied = 0;
        foreach (var (path, name) in Files(from))
        {
            var target = Path.Combine(to, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target, overwrite: true);
            copied++;
        }

        return copied;
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
    }

    private sealed record Manifest(DateTime CreatedAtUtc, long Stories, int Pictures, int Keys)
    {
        public string Format { get; init; } = "newssite-backup/1";
    }

    // Where this site keeps its database, pictures and keys, as configured.
    private sealed record Paths(string ConnectionString, string Database, string Media, string Keys)
    {
        public static Paths Of(WebApplication app)
        {
            var connectionString = DatabaseStartup.ResolveConnectionString(app.Configuration.GetConnectionString("News"), app.Environment.ContentRootPath);
            var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
            var media = app.Services.GetRequiredService<IOptions<MediaOptions>>().Value;
            return new Paths(
                connectionString,
                new SqliteConnectionStringBuilder(connectionString).DataSource,
                MediaFiles.ResolveFolder(media.Path, app.Environment.ContentRootPath),
                SecurityServiceCollectionExtensions.KeysFolder(site.KeysPath, app.Environment.ContentRootPath));
        }
    }
}
