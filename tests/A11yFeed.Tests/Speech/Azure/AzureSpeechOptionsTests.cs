using System.ComponentModel.DataAnnotations;
using A11yFeed.Speech.Azure;

namespace A11yFeed.Tests.Speech.Azure;

public class AzureSpeechOptionsTests
{
    [Fact]
    public void Validate_AcceptsNoKeyAtAllAndLeavesTheEngineDisabled()
    {
        var options = new AzureSpeechOptions();

        Assert.Empty(Errors(options));
        Assert.False(options.IsEnabled);
    }

    [Fact]
    public void Validate_NeedsARegionOrBothEndpointsOnceAKeyIsSet()
    {
        Assert.NotEmpty(Errors(new AzureSpeechOptions { Key = "k" }));
        Assert.NotEmpty(Errors(new AzureSpeechOptions { Key = "k", Endpoint = "https://tts.example.org/cognitiveservices/v1" }));
        Assert.Empty(Errors(new AzureSpeechOptions { Key = "k", Region = "eastasia" }));
        Assert.Empty(Errors(new AzureSpeechOptions
        {
            Key = "k",
            Endpoint = "https://tts.example.org/cognitiveservices/v1",
            TokenEndpoint = "https://sts.example.org/sts/v1.0/issueToken",
        }));
    }

    [Theory]
    [InlineData("east asia")]
    [InlineData("evil.example.org/")]
    public void Validate_RefusesRegionsThatWouldChangeTheHost(string region) =>
        Assert.NotEmpty(Errors(new AzureSpeechOptions { Key = "k", Region = region }));

    [Fact]
    public void Validate_RefusesFormatsThatAreNotMp3() =>
        Assert.NotEmpty(Errors(new AzureSpeechOptions { OutputFormat = "riff-24khz-16bit-mono-pcm" }));

    [Fact]
    public void Endpoints_AreDerivedFromTheRegion()
    {
        var options = new AzureSpeechOptions { Key = "k", Region = "eastasia" };

        Assert.Equal("https://eastasia.tts.speech.microsoft.com/cognitiveservices/v1", options.SynthesisUri().AbsoluteUri);
        Assert.Equal("https://eastasia.api.cognitive.microsoft.com/sts/v1.0/issueToken", options.TokenUri().AbsoluteUri);
    }

    private static List<ValidationResult> Errors(AzureSpeechOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
