using A11yFeed.Storage;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace A11yFeed.Tests.Storage;

/// <summary>
/// The S3-compatible server scripts/test starts on loopback (s3rver, from tests/s3), named by
/// <c>A11YFEED_TEST_S3_URL</c> and <c>A11YFEED_TEST_S3_BUCKET</c>, with the standard AWS credential variables. Each
/// use takes a key prefix of its own, so tests share the bucket without seeing each other's objects.
/// </summary>
internal sealed class S3TestServer
{
    public static readonly string? Url = Environment.GetEnvironmentVariable("A11YFEED_TEST_S3_URL");
    public static readonly string? Bucket = Environment.GetEnvironmentVariable("A11YFEED_TEST_S3_BUCKET");

    public static bool Configured =>
        !string.IsNullOrEmpty(Url) && !string.IsNullOrEmpty(Bucket)
        && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"));

    public static string SkipReason =>
        "no S3 server: run scripts/test, which starts s3rver from tests/s3 and sets A11YFEED_TEST_S3_URL, A11YFEED_TEST_S3_BUCKET and AWS_ACCESS_KEY_ID";

    public string Prefix { get; } = $"test-{Guid.NewGuid():N}/";

    public S3MediaOptions Options(string? publicBaseUrl = null) => new()
    {
        ServiceUrl = Url,
        Bucket = Bucket,
        ForcePathStyle = true,
        KeyPrefix = Prefix,
        PublicBaseUrl = publicBaseUrl,
    };

    /// <summary>The settings that make the application store its media here, as an operator would write them.</summary>
    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Media:Provider"] = "S3",
        ["Media:S3:ServiceUrl"] = Url,
        ["Media:S3:Bucket"] = Bucket,
        ["Media:S3:ForcePathStyle"] = "true",
        ["Media:S3:KeyPrefix"] = Prefix,
    };

    public S3MediaStore Store(bool chunkEncoding = false) =>
        new(Options(), NullLogger<S3MediaStore>.Instance, chunkEncoding);

    /// <summary>Every object under this prefix with its stored size, listed by a client of its own rather than the store.</summary>
    public async Task<Dictionary<string, long>> ObjectsAsync()
    {
        using var client = new AmazonS3Client(new AmazonS3Config { ServiceURL = Url, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        var objects = new Dictionary<string, long>();
        var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = Prefix };
        ListObjectsV2Response page;
        do
        {
            page = await client.ListObjectsV2Async(request);
            foreach (var item in page.S3Objects ?? [])
            {
                objects[item.Key[Prefix.Length..]] = item.Size ?? -1;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);

        return objects;
    }
}
