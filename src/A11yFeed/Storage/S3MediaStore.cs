using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace A11yFeed.Storage;

/// <summary>
/// Media in an S3-compatible bucket. A PUT makes the object appear whole or not at all, and after every upload the
/// stored length is read back and compared with the file: a mismatch deletes the object and fails the upload, so a
/// feed never announces an enclosure length other than what is served.
/// </summary>
public sealed class S3MediaStore : IMediaStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;
    private readonly Uri? _publicBase;
    private readonly bool _chunkEncoding;
    private readonly ILogger<S3MediaStore> _logger;

    public S3MediaStore(S3MediaOptions options, ILogger<S3MediaStore> logger)
        : this(options, logger, chunkEncoding: false)
    {
    }

    /// <param name="chunkEncoding">
    /// The SDK's default upload framing, which some S3-compatible servers store inside the object; only the test of
    /// the size check turns it on.
    /// </param>
    internal S3MediaStore(S3MediaOptions options, ILogger<S3MediaStore> logger, bool chunkEncoding)
    {
        _client = new AmazonS3Client(ClientConfig(options, chunkEncoding));
        _bucket = options.Bucket ?? throw new ArgumentException("Media:S3:Bucket is not set.", nameof(options));
        _prefix = options.NormalisedKeyPrefix;
        _publicBase = options.PublicBaseUri;
        _chunkEncoding = chunkEncoding;
        _logger = logger;
    }

    public async Task PutFileAsync(string key, string localPath, CancellationToken cancellationToken)
    {
        if (!MediaKey.IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid media key.", nameof(key));
        }

        var expected = new FileInfo(localPath).Length;
        await _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _bucket,
                Key = _prefix + key,
                FilePath = localPath,
                ContentType = MediaContentType.Of(key),
                // aws-chunked framing is stored verbatim by some S3-compatible servers (300,000 bytes became 300,566).
                UseChunkEncoding = _chunkEncoding,
            },
            cancellationToken);

        var stored = await StatAsync(key, cancellationToken);
        if (stored?.Length != expected)
        {
            _logger.LogError(
                "Stored {MediaKey} in {Bucket} as {StoredBytes} bytes instead of {Bytes}; removing it",
                key, _bucket, stored?.Length, expected);
            await DeleteAsync(key, CancellationToken.None);
            throw new IOException(
                $"The object store kept {stored?.Length.ToString() ?? "nothing"} bytes of '{key}' instead of {expected}.");
        }
    }

    public async Task<MediaObjectInfo?> StatAsync(string key, CancellationToken cancellationToken)
    {
        if (!MediaKey.IsValid(key))
        {
            return null;
        }

        try
        {
            var head = await _client.GetObjectMetadataAsync(
                new GetObjectMetadataRequest { BucketName = _bucket, Key = _prefix + key }, cancellationToken);
            return new MediaObjectInfo(
                head.ContentLength,
                head.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.UnixEpoch,
                Quoted(head.ETag));
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        await StatAsync(key, cancellationToken) is not null;

    public async Task<Stream?> OpenReadAsync(string key, long offset, long? length, CancellationToken cancellationToken)
    {
        if (!MediaKey.IsValid(key))
        {
            return null;
        }

        var request = new GetObjectRequest { BucketName = _bucket, Key = _prefix + key };
        if (offset > 0 || length is not null)
        {
            // The range travels to the store, so a player's seek fetches only what it plays.
            request.ByteRange = length is { } count ? new ByteRange(offset, offset + count - 1) : new ByteRange($"bytes={offset}-");
        }

        try
        {
            var response = await _client.GetObjectAsync(request, cancellationToken);
            var body = response.ResponseStream;
            // Some servers widen a range (s3rver answers "bytes=0-0" with the whole object), so the answer's own
            // Content-Range says where its bytes start, and only the bytes asked for are passed on.
            var start = RangeStart(response.ContentRange);
            if (start > offset)
            {
                await body.DisposeAsync();
                throw new IOException($"The object store answered a read of '{key}' from byte {offset} with bytes from {start}.");
            }

            await SkipAsync(body, offset - start, cancellationToken);
            return length is { } count ? new LengthLimitedStream(body, count) : body;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Uri? PublicUrl(string key) =>
        _publicBase is not null && MediaKey.IsValid(key) ? new Uri(_publicBase, key) : null;

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (MediaKey.IsValid(key))
        {
            await _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = _bucket, Key = _prefix + key }, cancellationToken);
        }
    }

    public void Dispose() => _client.Dispose();

    private static AmazonS3Config ClientConfig(S3MediaOptions options, bool chunkEncoding)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Checksums computed "when supported" travel as aws-chunked trailers, the framing the servers above keep.
            RequestChecksumCalculation = chunkEncoding ? RequestChecksumCalculation.WHEN_SUPPORTED : RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUri is { } service)
        {
            config.ServiceURL = service.AbsoluteUri;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        return config;
    }

    /// <summary>The first byte of a "bytes FIRST-LAST/LENGTH" Content-Range; 0 for a whole-object answer.</summary>
    private static long RangeStart(string? contentRange) =>
        contentRange is { } range
        && range.StartsWith("bytes ", StringComparison.OrdinalIgnoreCase)
        && long.TryParse(range.AsSpan(6, range.IndexOf('-', StringComparison.Ordinal) is > 6 and var dash ? dash - 6 : 0), out var first)
            ? first : 0;

    private static async Task SkipAsync(Stream body, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(count, 81920)];
        while (count > 0)
        {
            var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(count, buffer.Length)), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The object store's answer ended before the range asked for.");
            }

            count -= read;
        }
    }

    private static string Quoted(string? etag) =>
        string.IsNullOrEmpty(etag) ? "\"\"" : etag.StartsWith('"') ? etag : $"\"{etag}\"";
}
