namespace NewsSite.Web.Media;

// Where library pictures and their renditions are kept, by name ({hash}.jpg, {hash}-960.webp): a folder on this
// machine (NewsSite:Media:Store = Local, the default) or an S3-compatible bucket every node sees (S3).
public interface IMediaFileStore
{
    // True when the site serves the files itself from a local folder (static files); otherwise through OpenAsync.
    string? LocalFolder { get; }

    Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken);

    // The file, or null when there is none. The caller disposes it.
    Task<MediaFileContent?> OpenAsync(string name, CancellationToken cancellationToken);
}

// An open file and what a response needs to say about it.
public sealed class MediaFileContent(Stream content, long? length, DateTimeOffset? lastModified, string? entityTag, IDisposable? owner = null)
    : IAsyncDisposable
{
    public Stream Content => content;

    public long? Length => length;

    public DateTimeOffset? LastModified => lastModified;

    public string? EntityTag => entityTag;

    public async ValueTask DisposeAsync()
    {
        await content.DisposeAsync();
        owner?.Dispose();
    }
}

public sealed class LocalMediaFileStore(string folder) : IMediaFileStore
{
    public string? LocalFolder => folder;

    // Written to a temporary name and moved, so a reader never gets half a file.
    public async Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temp, content, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    public Task<MediaFileContent?> OpenAsync(string name, CancellationToken cancellationToken)
    {
        var file = new FileInfo(Path.Combine(folder, name));
        return Task.FromResult(file.Exists
            ? new MediaFileContent(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true), file.Length, file.LastWriteTimeUtc, null)
            : null);
    }
}
