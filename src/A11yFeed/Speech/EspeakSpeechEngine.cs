using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using A11yFeed.Audio;
using A11yFeed.Model;
using A11yFeed.Text;
using A11yFeed.Tools;
using CliWrap;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech;

/// <summary>
/// Speaks with the espeak-ng program: one sentence is one espeak-ng run writing one WAV. Mandarin is given as
/// numbered pinyin to the cmn-latn-pinyin voice, whose tones come from the numbers, so the text front end (not
/// espeak's own small dictionary) decides how each character is read.
/// </summary>
public sealed partial class EspeakSpeechEngine(IOptions<SpeechOptions> options, ILogger<EspeakSpeechEngine> logger) : ISpeechEngine
{
    public const string EngineName = "espeak-ng";
    public const string PinyinVoice = "cmn-latn-pinyin";
    private const double NormalWordsPerMinute = 175;

    private readonly SpeechOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, bool> _warnedLanguages = new(StringComparer.OrdinalIgnoreCase);

    public string Name => EngineName;

    public bool IsEnabled => ExecutableLocator.Find(_options.EspeakPath) is not null;

    public SpokenForm InputFormFor(string language) => LanguageTag.IsMandarin(language) ? SpokenForm.Pinyin : SpokenForm.Text;

    public async Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new SpeechException("There is no text to speak.");
        }

        var voice = ChooseVoice(request);
        var speed = WordsPerMinute(request.Rate).ToString(CultureInfo.InvariantCulture);
        // Read from standard output: espeak cuts long -w paths short. The audio goes to a temporary name and is
        // renamed only once whole and readable, so a reader never sees half a file.
        var partial = $"{wavePath}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                await RunAsync(["-b", "1", "-v", voice, "-s", speed, "--stdout"], request.Text, output, cancellationToken);
            }

            try
            {
                WaveFileReader.Open(partial);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                throw new SpeechException($"espeak-ng wrote audio that could not be read: {ex.Message}", ex);
            }

            File.Move(partial, wavePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
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

        if (LanguageTag.IsMandarin(request.Language))
        {
            return PinyinVoice;
        }

        if (EspeakVoiceMap.Find(request.Language) is { } voice)
        {
            return voice;
        }

        if (_warnedLanguages.TryAdd(request.Language, true))
        {
            logger.LogWarning("No espeak-ng voice for language {Language}; speaking with {Voice}", request.Language, EspeakVoiceMap.Fallback);
        }

        return EspeakVoiceMap.Fallback;
    }

    private async Task RunAsync(string[] arguments, string text, Stream output, CancellationToken cancellationToken)
    {
        try
        {
            var executable = ToolRunner.Locate(EngineName, _options.EspeakPath);
            await ToolRunner.RunAsync(EngineName, executable, arguments, ToolRunner.Text(text), PipeTarget.ToStream(output), _options.Timeout, cancellationToken);
        }
        catch (ToolException ex)
        {
            throw new SpeechException(ex.Message, ex);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$")]
    private static partial Regex VoiceName();
}
