using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace A11yFeed.Audio;

/// <summary>
/// Turns an article into a stored episode: speech to WAV, WAV to MP3, measured, then handed to the media
/// store in one atomic step. All work happens in a private folder that is removed whatever happens, so a
/// failure or cancellation leaves nothing behind, and nothing ever appears under the key half-written.
/// </summary>
public sealed class EpisodeRenderer(
    SpeechEngineSelector engines,
    Mp3Encoder encoder,
    IMediaStore store,
    IOptions<AudioOptions> options,
    ILogger<EpisodeRenderer> logger)
{
    private static readonly TimeSpan ParagraphPause = TimeSpan.FromMilliseconds(700);
    private static readonly SpeechTextPreparer Preparer = new();

    /// <exception cref="SpeechException">Nothing to speak, or the engine is unavailable or failed.</exception>
    /// <exception cref="AudioException">Encoding failed or produced unreadable audio.</exception>
    public async Task<RenderedEpisode> RenderAsync(EpisodeScript script, CancellationToken ct)
    {
        var body = script.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (body.Count == 0)
        {
            throw new SpeechException($"Episode {script.MediaKey} has no text to speak.");
        }

        var choice = engines.Choose(script.Voice, script.Language);
        var engine = choice.Engine;
        var work = CreateWorkFolder();
        try
        {
            var wave = Path.Combine(work, "speech.wav");
            var mp3 = Path.Combine(work, "episode.mp3");
            await SpeakAsync(choice, script, [.. EpisodeOpening.Build(script), .. body], work, wave, ct);
            var tags = new Mp3Tags(script.Title, script.SourceName, script.AlbumTitle, script.Published?.Year, script.ArticleUrl);
            await encoder.EncodeAsync(wave, mp3, tags, ct);
            File.Delete(wave);
            var info = Mp3Inspector.Read(mp3);
            await store.PutFileAsync(script.MediaKey, mp3, ct);
            logger.LogInformation(
                "Rendered {MediaKey} with {Engine}: {Bytes} bytes, {Duration}", script.MediaKey, engine.Name, info.Bytes, info.Duration);
            return new RenderedEpisode(script.MediaKey, info.Bytes, info.Duration);
        }
        finally
        {
            DeleteWorkFolder(work);
        }
    }

    /// <summary>One engine request per sentence, appended in order with a pause between paragraphs.</summary>
    private static async Task SpeakAsync(
        SpeechEngineChoice choice, EpisodeScript script, IReadOnlyList<string> paragraphs, string work, string wave, CancellationToken ct)
    {
        var engine = choice.Engine;
        var form = engine.InputFormFor(script.Language);
        var lexicon = new PronunciationLexicon(script.Voice.Lexicon);
        var sentencePath = Path.Combine(work, "sentence.wav");
        WaveFileWriter? writer = null;
        try
        {
            foreach (var paragraph in paragraphs)
            {
                var spokenBefore = writer is not null;
                foreach (var sentence in SentenceSplitter.Split(paragraph))
                {
                    var text = Preparer.Prepare(sentence, script.Language, form, lexicon);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    await engine.SynthesizeAsync(new SpeechRequest(text, script.Language, choice.Voice, script.Voice.Rate), sentencePath, ct);
                    if (writer is null)
                    {
                        writer = new WaveFileWriter(wave, WaveFileReader.Open(sentencePath).Format);
                    }
                    else if (spokenBefore)
                    {
                        writer.AppendSilence(ParagraphPause);
                        spokenBefore = false;
                    }

                    writer.AppendWave(sentencePath);
                    File.Delete(sentencePath);
                }
            }

            if (writer is null)
            {
                throw new SpeechException($"Episode {script.MediaKey} has no text to speak.");
            }

            writer.Complete();
        }
        catch (InvalidDataException ex)
        {
            throw new SpeechException($"Speech engine {engine.Name} wrote audio that could not be read.", ex);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private string CreateWorkFolder()
    {
        if (options.Value.WorkDirectory is { Length: > 0 } root)
        {
            return Directory.CreateDirectory(Path.Combine(Path.GetFullPath(root), $"episode-{Guid.NewGuid():N}")).FullName;
        }

        return Directory.CreateTempSubdirectory("a11yfeed-episode-").FullName;
    }

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
