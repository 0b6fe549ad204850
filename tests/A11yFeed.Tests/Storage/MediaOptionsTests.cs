using A11yFeed.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Storage;

public sealed class MediaOptionsTests
{
    [Fact]
    public void Defaults_AreTheLocalDataFolder()
    {
        using var services = Build([]);

        Assert.Equal("Local", services.GetRequiredService<IOptions<MediaOptions>>().Value.Provider);
        Assert.IsType<LocalDiskMediaStore>(services.GetRequiredService<IMediaStore>());
    }

    [Fact]
    public void S3_WithABucket_IsTheStore()
    {
        using var services = Build(new()
        {
            ["Media:Provider"] = "s3", ["Media:S3:ServiceUrl"] = "http://127.0.0.1:9000", ["Media:S3:Bucket"] = "episodes",
            ["Media:S3:ForcePathStyle"] = "true", ["Media:S3:KeyPrefix"] = "/a11yfeed",
        });

        var options = services.GetRequiredService<IOptions<MediaOptions>>().Value.S3;
        Assert.IsType<S3MediaStore>(services.GetRequiredService<IMediaStore>());
        Assert.Equal("a11yfeed/", options.NormalisedKeyPrefix);
        Assert.True(options.ForcePathStyle);
    }

    [Theory]
    [InlineData("Media:Provider", "Nfs", "Media:Provider must be Local or S3")]
    [InlineData("Media:S3:Bucket", "", "Media:S3:Bucket is required")]
    [InlineData("Media:S3:Bucket", "Has_Capitals", "Media:S3:Bucket must be a valid bucket name")]
    [InlineData("Media:S3:ServiceUrl", "minio:9000", "Media:S3:ServiceUrl 'minio:9000' must be an absolute http or https URL")]
    [InlineData("Media:S3:PublicBaseUrl", "https://cdn.example.org/?a=1", "Media:S3:PublicBaseUrl")]
    [InlineData("Media:S3:KeyPrefix", "a/../b", "Media:S3:KeyPrefix")]
    public void Validate_RefusesAtStartWithTheSettingNamed(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Media:Provider"] = "S3", ["Media:S3:Bucket"] = "episodes", [setting] = value };

        using var services = Build(settings);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MediaOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IgnoresTheS3SettingsWhenMediaIsLocal()
    {
        using var services = Build(new() { ["Media:S3:ServiceUrl"] = "not a url" });

        Assert.Equal("not a url", services.GetRequiredService<IOptions<MediaOptions>>().Value.S3.ServiceUrl);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
    }
}
