using System.ComponentModel;
using System.Globalization;
using A11yFeed.Speech;
using Microsoft.Extensions.Options;

namespace A11yFeed.Audio;

/// <summary>Encodes a WAV into a mono 44.1 kHz constant-bitrate MP3 with UTF-16 ID3v2 tags, using lame.</summary>
public sealed class Mp3Encoder(IOptions<AudioOptions> options)
{
    private readonly AudioOptions _options = options.Value;

    public bool IsEnabled => ExecutableLocator.Find(_options.LamePath) is not null;

    /// <exception cref="AudioException">The input is not PCM WAV, or lame is missing, failed or hung.</exception>
    public async Task EncodeAsync(string wavePath, string mp3Path, Mp3Tags tags, CancellationToken cancellationToken)
    {
        // lame reads anything that is not a WAV as raw samples and "succeeds" with noise; refuse it first.
        try
        {
            WaveFileReader.Open(wavePath);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new AudioException($"{Path.GetFileName(wavePath)} is not a readable PCM WAV file.", ex);
        }

        var lame = ExecutableLocator.Find(_options.LamePath)
            ?? throw new AudioException($"lame was not found at '{_options.LamePath}'.");
        ToolProcessResult result;
        try
        {
            result = await ToolProcess.RunAsync(lame, Arguments(wavePath, mp3Path, tags), null, _options.EncodeTimeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new AudioException($"lame did not finish within {_options.EncodeTimeout} and was stopped.", ex);
        }
        catch (Win32Exception ex)
        {
            throw new AudioException($"lame could not be started from '{lame}'.", ex);
        }

        if (result.ExitCode != 0)
        {
            throw new AudioException($"lame failed with exit code {result.ExitCode}: {result.StandardError}");
        }
    }

    private List<string> Arguments(string wavePath, string mp3Path, Mp3Tags tags)
    {
        List<string> arguments =
        [
            "--quiet", "--cbr", "-b", _options.BitrateKbps.ToString(CultureInfo.InvariantCulture),
            "-m", "m", "--resample", "44.1",
            // UTF-16 text frames so Chinese titles survive; no ID3v1, which cannot hold them.
            "--add-id3v2", "--id3v2-only", "--id3v2-utf16",
        ];
        AddTag(arguments, "--tt", tags.Title);
        AddTag(arguments, "--ta", tags.Artist);
        AddTag(arguments, "--tl", tags.Album);
        AddTag(arguments, "--ty", tags.Year?.ToString(CultureInfo.InvariantCulture));
        // lame writes a UTF-16 comment frame that decoders reject, so the link goes in a URL frame instead.
        AddTag(arguments, "--tv", tags.SourceUrl is { Length: > 0 } url ? "WOAS=" + url : null);
        arguments.Add(Path.GetFullPath(wavePath));
        arguments.Add(Path.GetFullPath(mp3Path));
        return arguments;
    }

    private static void AddTag(List<string> arguments, string option, string? value)
    {
        var text = value?.ReplaceLineEndings(" ").Trim();
        if (!string.IsNullOrEmpty(text))
        {
            arguments.Add(option);
            arguments.Add(text);
        }
    }
}
