using System.Diagnostics;
using System.Text.Json;
using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Bench.Speech;

/// <summary>
/// One run of A11yFeed's whole speech stage (sentences prepared, spoken, assembled, normalised, encoded) in a process
/// of its own, so its peak memory is its own. Prints the wall time of the render and the episode's length as JSON.
/// </summary>
internal static class SpeechOnce
{
    public static async Task<int> RunAsync(string textFile, string language, string outDir)
    {
        var paragraphs = JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(textFile))!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Every repetition speaks the same text: with the cache on, all but the first would be free.
            ["Speech:CacheMaxBytes"] = "0",
            ["Audio:WorkDirectory"] = outDir,
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSpeech(configuration)
            .AddAudio(configuration)
            .AddEpisodes()
            .AddSingleton<IMediaStore>(new LocalDiskMediaStore(outDir))
            .BuildServiceProvider();
        var script = new EpisodeScript("a11yfeed.mp3", language, new VoiceSettings { SpeakOpening = false }, "Benchmark", null, null, paragraphs, null, "Benchmark");

        var clock = Stopwatch.StartNew();
        var episode = await services.GetRequiredService<EpisodeRenderer>().RenderAsync(script, CancellationToken.None);
        clock.Stop();

        Console.WriteLine(JsonSerializer.Serialize(new { wallMs = clock.Elapsed.TotalMilliseconds, audioMs = episode.Duration.TotalMilliseconds, sentences = episode.Sentences.Count }));
        return 0;
    }
}
