using System.Globalization;
using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Storage;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Speech;

namespace A11yFeed.Tests.Episodes;

/// <summary>The recorded sentence times against the MP3 as ffmpeg decodes it: speech starts and stops where we said.</summary>
public sealed class SentenceTimingAccuracyTests : IDisposable
{
    private const int Rate = 44100;
    private const int Loud = 104;
    private readonly SpeechTestFolder _folder = new();

    [Theory]
    [InlineData("en-GB", "Buses run every ten minutes. The library opens at nine on weekdays.", "Volunteers help at the door. Tea is free for everyone.")]
    [InlineData("zh-CN", "十二路公交车现在停靠图书馆。每十分钟一班。", "志愿者在门口帮忙。茶水免费。")]
    public async Task Timings_MatchSpeechInTheDecodedMp3Within50Ms(string language, string first, string second)
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var script = new EpisodeScript("audio/t.mp3", language, new VoiceSettings(), "Timing check", "City Hall",
            new DateTimeOffset(2020, 2, 27, 9, 0, 0, TimeSpan.Zero), [first, second], null, "News");

        var episode = await RendererFactory.Create(store, _folder.Combine("work")).RenderAsync(script, default);

        var samples = Decode(store.TryResolve("audio/t.mp3")!);
        var durationMs = samples.Length * 1000L / Rate;
        Assert.True(episode.Sentences.Count >= 5, $"{episode.Sentences.Count} sentences");
        Assert.InRange(episode.Sentences[^1].EndMs, 0, durationMs);
        for (var i = 0; i < episode.Sentences.Count; i++)
        {
            var sentence = episode.Sentences[i];
            var next = i + 1 < episode.Sentences.Count ? episode.Sentences[i + 1].StartMs : durationMs;
            Assert.True(sentence.StartMs < sentence.EndMs, $"sentence {i} has speech");
            var onset = FirstLoud(samples, Ms(sentence.StartMs - 100), Ms(next));
            // The encoder smears an onset up to a granule (13 ms) early: stop short of the next sentence.
            var offset = LastLoud(samples, Ms(sentence.StartMs), Ms(next - 30));
            Assert.True(Math.Abs(onset - sentence.StartMs) <= 50, $"sentence {i} starts at {sentence.StartMs} ms, speech at {onset} ms");
            Assert.True(Math.Abs(offset - sentence.EndMs) <= 50, $"sentence {i} ends at {sentence.EndMs} ms, speech at {offset} ms");
            if (i > 0)
            {
                Assert.True(LastLoud(samples, Ms(sentence.StartMs - 250), Ms(sentence.StartMs - 30)) < 0, $"no speech just before sentence {i}");
            }
        }
    }

    private static int Ms(long ms) => (int)Math.Max(0, ms * Rate / 1000);

    /// <summary>The first time (ms) in [from, to) louder than −50 dBFS, or -1.</summary>
    private static long FirstLoud(short[] samples, int from, int to)
    {
        for (var i = from; i < Math.Min(to, samples.Length); i++)
        {
            if (Math.Abs((int)samples[i]) > Loud)
            {
                return i * 1000L / Rate;
            }
        }

        return -1;
    }

    private static long LastLoud(short[] samples, int from, int to)
    {
        for (var i = Math.Min(to, samples.Length) - 1; i >= from; i--)
        {
            if (Math.Abs((int)samples[i]) > Loud)
            {
                return i * 1000L / Rate;
            }
        }

        return -1;
    }

    private short[] Decode(string mp3)
    {
        var raw = _folder.Combine("decoded.raw");
        AudioTestTools.Run("ffmpeg", "-v", "error", "-i", mp3, "-f", "s16le", "-ac", "1", "-ar", Rate.ToString(CultureInfo.InvariantCulture), raw);
        var bytes = File.ReadAllBytes(raw);
        var samples = new short[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 2);
        return samples;
    }

    public void Dispose() => _folder.Dispose();
}
