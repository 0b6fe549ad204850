using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using A11yFeed.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech;

/// <summary>
/// Speaks with the espeak-ng program. The text (cut into sentence-bounded chunks when long) is spoken one
/// espeak-ng run per chunk writing a small WAV; the pieces are appended to the target WAV, which keeps memory
/// flat however long the text is.
/// </summary>
public sealed partial class EspeakSpeechEngine(IOptions<SpeechOptions> options, ILogger<EspeakSpeechEngine> logger) : ISpeechEngine
{
    public const string EngineName = "espeak-ng";
    private const double NormalWordsPerMinute = 175;

    private readonly SpeechOptions _options = options.Value;

    public string Name => EngineName;

    public bool IsEnabled => ExecutableLocator.Find(_options.EspeakPath) is not null;

    public SpokenForm InputFormFor(string language) => SpokenForm.Text;

    public async Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new SpeechException("There is no text to speak.");
        }

        var executable = ExecutableLocator.Find(_options.EspeakPath)
            ?? throw new SpeechException($"espeak-ng was not found at '{_options.EspeakPath}'.");
        var voice = ChooseVoice(request);
        var speed = WordsPerMinute(request.Rate).ToString(CultureInfo.InvariantCulture);
        var chunkPath = wavePath + ".chunk.wav";
        WaveFileWriter? writer = null;
        var completed = false;
        try
        {
            foreach (var chunk in SpeechChunker.Split(request.Text, _options.MaxChunkChars))
            {
                await SpeakChunkAsync(executable, voice, speed, chunk, chunkPath, cancellationToken);
                writer ??= new WaveFileWriter(wavePath, ReadFormat(chunkPath));
                writer.AppendWave(chunkPath);
            }

            writer!.Complete();
            completed = true;
        }
        catch (InvalidDataException ex)
        {
            throw new SpeechException("espeak-ng wrote audio that could not be read.", ex);
        }
        finally
        {
            writer?.Dispose();
            DeleteIfPresent(chunkPath);
            if (!completed)
            {
                // A WAV without its final header would look valid but hold the wrong length.
                DeleteIfPresent(wavePath);
            }
        }
    }

    /// <summary>espeak's speed in words per minute for a rate relative to normal speech.</summary>
    public static int WordsPerMinute(double rate) =>
        double.IsFinite(rate) && rate > 0 ? (int)Math.Clamp(Math.Round(NormalWordsPerMinute * rate), 80, 450) : (int)NormalWordsPerMinute;

    private string ChooseVoice(SpeechRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Voice))
        {
            // The voice comes from source settings; refuse anything espeak could read as an option.
            return VoiceName().IsMatch(request.Voice)
                ? request.Voice
                : throw new SpeechException($"'{request.Voice}' is not a valid espeak-ng voice name.");
        }

        if (EspeakVoiceMap.Find(request.Language) is { } voice)
        {
            return voice;
        }

        logger.LogWarning("No espeak-ng voice for language {Language}; speaking with {Voice}", request.Language, EspeakVoiceMap.Fallback);
        return EspeakVoiceMap.Fallback;
    }

    private async Task SpeakChunkAsync(string executable, string voice, string speed, string text, string chunkPath, CancellationToken cancellationToken)
    {
        string[] arguments = ["-b", "1", "-v", voice, "-s", speed, "-w", chunkPath];
        ToolProcessResult result;
        try
        {
            result = await ToolProcess.RunAsync(executable, arguments, text, _options.Timeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new SpeechException($"espeak-ng did not finish within {_options.Timeout} and was stopped.", ex);
        }
        catch (Win32Exception ex)
        {
            throw new SpeechException($"espeak-ng could not be started from '{executable}'.", ex);
        }

        if (result.ExitCode != 0)
        {
            throw new SpeechException($"espeak-ng failed with exit code {result.ExitCode}: {result.StandardError}");
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static WaveFormat ReadFormat(string chunkPath) => WaveFileReader.Open(chunkPath).Format;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$")]
    private static partial Regex VoiceName();
}
