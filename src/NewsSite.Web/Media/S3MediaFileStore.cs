using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace NewsSite.Web.Media;

// NewsSite:Media:Store = S3: the pictures in a bucket of Amazon S3 or any S3-compatible service (MinIO, Ceph,
// Cloudflare R2…), so that every node reads what any node stored. Names are content hashes: a file is written once and
// never changes, which is what lets the site (or a CDN in front of it) cache it for a year.
public sealed class S3MediaFileStore : IMediaFileStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;

    public S3MediaFileStore(S3MediaOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Many S3-compatible services do not take the checksums AWS added to every request in 2025.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        _client = string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
        _bucket = options.Bucket;
        _prefix = options.Prefix ?? "";
    }

    public string? LocalFolder => null;

    public async Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = _prefix + name,
            InputStream = stream,
            ContentType = MediaContentTypes.Of(name),
            UseChunkEncoding = false,
        }, cancellationToken);
    }

    // A missing file is null; a missing bucket (NoSuchBucket, also a 404) or refused access is an error.
    public async Task<MediaFileContent?> OpenAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(_bucket, _prefix + name, cancellationToken);
            return new MediaFileContent(response.ResponseStream, response.ContentLength, response.LastModified, response.ETag, response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.ErrorCode == "NoSuchKey")
        {
            return null;
        }
    }

    public void Dispose() => _client.Dispose();
}

// NewsSite:Media:S3.
public sealed class S3MediaOptions
{
    public string Bucket { get; set; } = "";

    // Empty for Amazon S3 itself; the address of any other S3-compatible service (http://minio.internal:9000).
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    // Empty: the SDK's own credential chain (environment, instance role).
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    // bucket in the path (most S3-compatible services) rather than in the host name.
    public bool ForcePathStyle { get; set; } = true;

    // Keys under this prefix ("newssite/"), for a bucket shared with other things.
    public string? Prefix { get; set; }
}

internal static class MediaContentTypes
{
    public static string Of(string name) => name.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg";
}
