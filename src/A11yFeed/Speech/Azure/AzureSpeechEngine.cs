using System.Text;
using A11yFeed.Audio;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech.Azure;

/// <summary>
/// Speaks with Azure neural voices through the text to speech REST API. Neural voices read Hanzi themselves, so the
/// engine always takes plain text. A text longer than one request may carry is split at sentence and comma
/// boundaries and the decoded pieces are joined; the WAV appears at its path only once complete.
/// </summary>
public sealed class AzureSpeechEngine : ISpeechEngine
{
    public const string EngineName = "azure";

    private readonly AzureSpeechClient _client;
    private readonly IOptions<AzureSpeechOptions> _options;
    private readonly ILogger<AzureSpeechEngine> _logger;

    internal AzureSpeechEngine(AzureSpeechClient client, IOptions<AzureSpeechOptions> options, ILogger<AzureSpeechEngine> logger)
    {
        _client = client;
        _options = options;
        _logger = logger;
    }

    public string Name => EngineName;

    public bool IsEnabled => _options.Value.IsEnabled;

    public SpokenForm InputFormFor(string language) => SpokenForm.Text;

    public async Task SynthesizeAsync(SpeechRequest request, string wavePath, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        if (!settings.IsEnabled)
        {
            throw new SpeechException($"Azure speech has no key: set Speech:Azure:Key or {AzureSpeechOptions.KeyEnvironmentVariable}.");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new SpeechException("There is no text to speak.");
        }

        var voice = ChooseVoice(settings, request);
        var language = string.IsNullOrWhiteSpace(request.Language) ? LanguageOf(voice) : request.Language.Trim();
        var pieces = Pieces(request.Text, settings.MaxCharsPerRequest);
        if (pieces.Count == 0)
        {
            throw new SpeechException("There is no text to speak.");
        }

        var temporary = wavePath + ".azure.tmp";
        var piecePath = wavePath + ".azure-piece.wav";
        try
        {
            if (pieces.Count == 1)
            {
                await SpeakPieceAsync(pieces[0], language, voice, request.Rate, temporary, cancellationToken);
            }
            else
            {
                await SpeakPiecesAsync(pieces, language, voice, request.Rate, temporary, piecePath, cancellationToken);
            }

            File.Move(temporary, wavePath, overwrite: true);
        }
        catch (InvalidDataException ex)
        {
            throw new SpeechException($"Azure speech answered with audio that could not be read: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(piecePath);
        }
    }

    private async Task SpeakPiecesAsync(
        IReadOnlyList<string> pieces, string language, string voice, double rate, string target, string piecePath, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Speaking a {Length}-character text in {Pieces} Azure requests", pieces.Sum(p => p.Length), pieces.Count);
        WaveFileWriter? writer = null;
        try
        {
            foreach (var piece in pieces)
            {
                await SpeakPieceAsync(piece, language, voice, rate, piecePath, cancellationToken);
                writer ??= new WaveFileWriter(target, WaveFileReader.Open(piecePath).Format);
                writer.AppendWave(piecePath);
            }

            writer!.Complete();
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private async Task SpeakPieceAsync(string text, string language, string voice, double rate, string target, CancellationToken cancellationToken)
    {
        var mp3 = await _client.SynthesizeAsync(AzureSsml.Build(text, language, voice, rate), cancellationToken);
        Mp3WaveDecoder.Decode(mp3, target);
    }

    private static string ChooseVoice(AzureSpeechOptions settings, SpeechRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Voice))
        {
            return request.Voice.Trim();
        }

        var tag = request.Language.Trim().Replace('_', '-');
        var primary = tag.Split('-')[0];
        return Find(settings.Voices, tag) ?? Find(settings.Voices, primary)
            ?? throw new SpeechException($"No Azure voice is configured for language '{request.Language}'; add one under Speech:Azure:Voices.");
    }

    private static string? Find(Dictionary<string, string> voices, string tag) =>
        voices.FirstOrDefault(v => string.Equals(v.Key, tag, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(v.Value)).Value;

    /// <summary>"zh-CN" from "zh-CN-XiaoxiaoNeural", for a request that names no language.</summary>
    private static string LanguageOf(string voice) => string.Join('-', voice.Split('-').Take(2));

    /// <summary>The text in request-sized pieces: whole sentences gathered up to the limit, over-long ones cut at commas or spaces.</summary>
    internal static IReadOnlyList<string> Pieces(string text, int maxChars)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(text.Trim(), maxChars))
        {
            if (current.Length > 0 && current.Length + 1 + sentence.Length > maxChars)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(sentence);
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }

        return pieces;
    }
}
