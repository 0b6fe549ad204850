using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>
/// Puts a day's bulletin together from episodes already in the media store: only the short introduction is spoken;
/// each episode's MP3 is decoded (never spoken again) and placed after a pause, the whole brought to the episodes'
/// loudness through the same normaliser and limiter, encoded with a chapter per item, and stored in one atomic step.
/// </summary>
public sealed class BulletinRenderer(
    SpeechEngineSelector engines,
    SpeechTextPreparer preparer,
    EpisodeAssembler assembler,
    SpeechCache cache,
    Mp3Encoder encoder,
    Mp3Decoder decoder,
    IMediaStore store,
    IOptions<AudioOptions> options,
    IOptions<SpeechOptions> speechOptions,
    ILogger<BulletinRenderer> logger)
{
    /// <exception cref="SpeechException">The introduction could not be spoken.</exception>
    /// <exception cref="AudioException">An episode is missing or unreadable, or encoding failed.</exception>
    public async Task<RenderedBulletin> RenderAsync(BulletinScript script, string work, CancellationToken ct)
    {
        var (introWave, introSentences) = await SpeakIntroductionAsync(script, work, ct);
        var parts = new List<(string Wave, string Title, BulletinEpisode? Episode)> { (introWave, script.Title, null) };
        for (var i = 0; i < script.Episodes.Count; i++)
        {
            var episode = script.Episodes[i];
            var mp3 = Path.Combine(work, $"episode-{i}.mp3");
            await CopyFromStoreAsync(episode.AudioKey, mp3, ct);
            var wave = Path.Combine(work, $"episode-{i}.wav");
            await decoder.DecodeAsync(mp3, wave, ct);
            File.Delete(mp3);
            parts.Add((wave, episode.Title, episode));
        }

        var joined = Path.Combine(work, "bulletin.wav");
        var placed = Join(parts.Select(p => p.Wave).ToList(), joined, script.Pause, out var rate);
        var chapters = new List<BulletinChapter>();
        var mp3Chapters = new List<Mp3Chapter>();
        for (var i = 0; i < parts.Count; i++)
        {
            var start = Milliseconds(placed[i].Start, rate);
            var end = i + 1 < parts.Count ? Milliseconds(placed[i + 1].Start, rate) : Milliseconds(placed[i].End, rate);
            chapters.Add(new BulletinChapter(parts[i].Title, start, end, parts[i].Episode?.ArticleId));
            mp3Chapters.Add(new Mp3Chapter($"chp{i}", parts[i].Title, start, end));
        }

        var sentences = new List<SentenceTiming>(introSentences);
        for (var i = 1; i < parts.Count; i++)
        {
            var offset = chapters[i].StartMs;
            sentences.AddRange(SentenceTimingsJson.Parse(parts[i].Episode!.SentenceTimingsJson)
                .Select(s => s with { StartMs = s.StartMs + offset, EndMs = s.EndMs + offset }));
        }

        var output = Path.Combine(work, "bulletin.mp3");
        var tags = new Mp3Tags(script.Title, script.Artist, script.Artist, script.Date, script.Language, null, mp3Chapters);
        LoudnessResult? loudness = null;
        await encoder.EncodeAsync(
            async (lameInput, token) => loudness = await LoudnessNormaliser.WriteNormalisedAsync(
                joined, lameInput, options.Value.LoudnessTarget, options.Value.TruePeakCeiling, token),
            output, tags, ct);
        File.Delete(joined);
        var info = Mp3Inspector.Read(output);
        await store.PutFileAsync(script.MediaKey, output, ct);
        logger.LogInformation(
            "Rendered bulletin {MediaKey}: {Episodes} episodes, {Bytes} bytes, {Duration}, {InputLufs:0.0} LUFS raised {GainDb:0.0} dB",
            script.MediaKey, script.Episodes.Count, info.Bytes, info.Duration, loudness?.InputLufs, loudness?.GainDb);
        return new RenderedBulletin(info.Bytes, info.Duration, chapters, sentences);
    }

    /// <summary>
    /// Speaks the introduction, then sends it through lame and back, so it has the episodes' sample rate (lame
    /// resamples every episode to 44.1 kHz) and is joined without a resampler of our own.
    /// </summary>
    private async Task<(string Wave, IReadOnlyList<SentenceTiming> Sentences)> SpeakIntroductionAsync(
        BulletinScript script, string work, CancellationToken ct)
    {
        var choice = engines.Choose(script.Voice, script.Language);
        var voice = script.Voice with { Voice = choice.Voice, SpeakOpening = false };
        var episodeScript = new EpisodeScript(
            script.MediaKey, script.Language, voice, script.Title, null, null, script.Introduction, null, script.Artist);
        var sentences = EpisodeSentences.Build(episodeScript, choice.Engine, preparer, speechOptions.Value.MaxSentenceChars)
            .Select(s => s with { Paragraph = -1 })
            .ToList();
        var spoken = Path.Combine(work, "introduction-spoken.wav");
        AssembledSpeech assembled;
        try
        {
            assembled = await assembler.AssembleAsync(choice.Engine, sentences, voice.Rate, spoken, work, ct);
        }
        finally
        {
            cache.Trim();
        }

        var mp3 = Path.Combine(work, "introduction.mp3");
        await encoder.EncodeAsync(spoken, mp3, new Mp3Tags(script.Title, null, null, null, script.Language, null), ct);
        var duration = Mp3Inspector.Read(mp3).Duration;
        var wave = Path.Combine(work, "introduction.wav");
        await decoder.DecodeAsync(mp3, wave, ct);
        File.Delete(spoken);
        File.Delete(mp3);
        return (wave, SentenceTimings.From(assembled, duration));
    }

    private async Task CopyFromStoreAsync(string key, string path, CancellationToken ct)
    {
        await using var source = await store.OpenReadAsync(key, 0, null, ct) ?? throw new AudioException($"Episode {key} is not in the media store.");
        await using var target = File.Create(path);
        await source.CopyToAsync(target, ct);
    }

    /// <summary>Writes the parts one after another with <paramref name="pause"/> between them; where each lies, in samples.</summary>
    private static List<(long Start, long End)> Join(List<string> waves, string output, TimeSpan pause, out int rate)
    {
        var format = WaveFileReader.Open(waves[0]).Format;
        rate = format.SampleRate;
        var placed = new List<(long, long)>(waves.Count);
        using var writer = new WaveFileWriter(output, format);
        for (var i = 0; i < waves.Count; i++)
        {
            if (i > 0)
            {
                writer.AppendSilence(pause);
            }

            var start = writer.SampleCount;
            try
            {
                writer.AppendWave(waves[i]);
            }
            catch (InvalidDataException ex)
            {
                throw new AudioException($"A bulletin part cannot be joined: {ex.Message}", ex);
            }

            placed.Add((start, writer.SampleCount));
            File.Delete(waves[i]);
        }

        writer.Complete();
        return placed;
    }

    private static long Milliseconds(long samples, int rate) => (long)Math.Round(samples * 1000.0 / rate);
}
