using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Episodes;

/// <summary>
/// Turns an article into a stored episode: sentences spoken and put together with pauses, brought to one
/// loudness, encoded to MP3, measured, then handed to the media store in one atomic step, with the time each
/// sentence plays. All work happens in a private folder that is removed whatever happens, so a failure or
/// cancellation leaves nothing behind, and nothing ever appears under the key half-written.
/// </summary>
public sealed class EpisodeRenderer(
    SpeechEngineSelector engines,
    SpeechTextPreparer preparer,
    EpisodeAssembler assembler,
    SpeechCache cache,
    Mp3Encoder encoder,
    IMediaStore store,
    IOptions<AudioOptions> options,
    IOptions<SpeechOptions> speechOptions,
    ILogger<EpisodeRenderer> logger)
{
    /// <exception cref="SpeechException">Nothing to speak, or the engine is unavailable or failed.</exception>
    /// <exception cref="AudioException">Encoding failed or produced unreadable audio.</exception>
    public async Task<RenderedEpisode> RenderAsync(EpisodeScript script, CancellationToken ct)
    {
        // A source's voice name is kept only for the engine it was written for (not after a fallback).
        var choice = engines.Choose(script.Voice, script.Language);
        var engine = choice.Engine;
        script = script with { Voice = script.Voice with { Voice = choice.Voice } };
        var sentences = EpisodeSentences.Build(script, engine, preparer, speechOptions.Value.MaxSentenceChars);
        if (!sentences.Any(s => s.Paragraph >= 0))
        {
            throw new SpeechException($"Episode {script.MediaKey} has no text to speak.");
        }

        var work = CreateWorkFolder();
        try
        {
            var speech = Path.Combine(work, "speech.wav");
            var mp3 = Path.Combine(work, "episode.mp3");
            var assembled = await assembler.AssembleAsync(engine, sentences, script.Voice.Rate, speech, work, ct);
            // The normalised audio goes straight into lame, so the limiter and the encoder work side by side.
            LoudnessResult? loudness = null;
            await encoder.EncodeAsync(
                async (lameInput, token) => loudness = await LoudnessNormaliser.WriteNormalisedAsync(
                    speech, lameInput, options.Value.LoudnessTarget, options.Value.TruePeakCeiling, token),
                mp3, EpisodeTags.For(script), ct);
            File.Delete(speech);
            var info = Mp3Inspector.Read(mp3);
            var timings = SentenceTimings.From(assembled, info.Duration);
            await store.PutFileAsync(script.MediaKey, mp3, ct);
            logger.LogInformation(
                "Rendered {MediaKey} with {Engine}: {Sentences} sentences, {Bytes} bytes, {Duration}, {InputLufs:0.0} LUFS raised {GainDb:0.0} dB, limited {LimitDb:0.0} dB",
                script.MediaKey, engine.Name, timings.Count, info.Bytes, info.Duration, loudness?.InputLufs, loudness?.GainDb, loudness?.MaxLimitingDb);
            return new RenderedEpisode(script.MediaKey, info.Bytes, info.Duration, timings);
        }
        finally
        {
            DeleteWorkFolder(work);
            cache.Trim();
        }
    }

    private string CreateWorkFolder() => EpisodeWorkFolder.Create(options.Value);

    private void DeleteWorkFolder(string work)
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not remove the work folder {Folder}", work);
        }
    }
}
