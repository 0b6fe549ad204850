using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Speech;
using A11yFeed.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Episodes;

public class EpisodesServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IMediaStore>(new LocalDiskMediaStore(Path.GetTempPath()));
        services.AddSpeech(configuration).AddSpeech(configuration).AddAudio(configuration).AddEpisodes().AddEpisodes();
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void AddEpisodes_WiresTheRendererFromConfiguration()
    {
        using var provider = Build(new()
        {
            ["Speech:ParagraphPause"] = "00:00:01.2",
            ["Audio:BitrateKbps"] = "96",
        });

        Assert.NotNull(provider.GetRequiredService<EpisodeRenderer>());
        Assert.Equal(["espeak-ng", "azure"], provider.GetServices<ISpeechEngine>().Select(e => e.Name));
        Assert.Equal(TimeSpan.FromMilliseconds(1200), provider.GetRequiredService<IOptions<SpeechOptions>>().Value.ParagraphPause);
        Assert.Equal(96, provider.GetRequiredService<IOptions<AudioOptions>>().Value.BitrateKbps);
        Assert.Equal(TimeSpan.FromMinutes(2), provider.GetRequiredService<IOptions<SpeechOptions>>().Value.Timeout);
        Assert.Equal(Path.Combine("data", "speech-cache"), provider.GetRequiredService<IOptions<SpeechOptions>>().Value.CacheDirectory);
    }

    [Theory]
    [InlineData("Audio:BitrateKbps", "100")]
    [InlineData("Audio:BitrateKbps", "512")]
    [InlineData("Speech:Timeout", "00:00:00")]
    [InlineData("Speech:ParagraphPause", "00:01:00")]
    [InlineData("Speech:DefaultEngine", "")]
    [InlineData("Speech:MaxSentenceChars", "5")]
    [InlineData("Speech:Concurrency", "-1")]
    [InlineData("Audio:LoudnessTarget", "3")]
    [InlineData("Audio:TruePeakCeiling", "2")]
    public void AddAudio_RejectsBadSettings(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<AudioOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<SpeechOptions>>().Value;
        });
    }
}
