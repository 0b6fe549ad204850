using System.Globalization;
using A11yFeed.Tools;
using CliWrap;
using Microsoft.Extensions.Options;

namespace A11yFeed.Audio;

/// <summary>Encodes a WAV into a mono 44.1 kHz constant-bitrate MP3 with lame, opened by our own ID3v2.4 tag.</summary>
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

        await EncodeAsync(Path.GetFullPath(wavePath), null, mp3Path, tags, cancellationToken);
    }

    /// <summary>
    /// Encodes the WAV that <paramref name="writeWave"/> writes into lame's standard input as it is produced, so
    /// preparing the audio and encoding it run side by side.
    /// </summary>
    /// <exception cref="AudioException">lame is missing, failed or hung.</exception>
    public Task EncodeAsync(Func<Stream, CancellationToken, Task> writeWave, string mp3Path, Mp3Tags tags, CancellationToken cancellationToken) =>
        EncodeAsync("-", writeWave, mp3Path, tags, cancellationToken);

    private async Task EncodeAsync(string input, Func<Stream, CancellationToken, Task>? writeWave, string mp3Path, Mp3Tags tags, CancellationToken cancellationToken)
    {
        var audioOnly = mp3Path + ".audio";
        try
        {
            await RunLameAsync(input, writeWave, audioOnly, cancellationToken);
            await using var output = new FileStream(mp3Path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            await output.WriteAsync(Id3v2Tag.Build(tags), cancellationToken);
            await using var audio = File.OpenRead(audioOnly);
            await audio.CopyToAsync(output, cancellationToken);
        }
        catch
        {
            File.Delete(mp3Path);
            throw;
        }
        finally
        {
            File.Delete(audioOnly);
        }
    }

    private async Task RunLameAsync(string input, Func<Stream, CancellationToken, Task>? writeWave, string mp3Path, CancellationToken cancellationToken)
    {
        try
        {
            var lame = ToolRunner.Locate("lame", _options.LamePath);
            var wave = writeWave is null ? PipeSource.Null : PipeSource.Create(writeWave);
            await ToolRunner.RunAsync("lame", lame, Arguments(input, mp3Path), wave, PipeTarget.Null, _options.EncodeTimeout, cancellationToken);
        }
        catch (ToolException ex)
        {
            throw new AudioException(ex.Message, ex);
        }
    }

    private List<string> Arguments(string input, string mp3Path) =>
    [
        // No tag options: lame writes only its LAME tag (encoder delay and padding), our ID3 tag goes in front.
        "--quiet", "--cbr", "-b", _options.BitrateKbps.ToString(CultureInfo.InvariantCulture),
        "-m", "m", "--resample", "44.1",
        input, Path.GetFullPath(mp3Path),
    ];
}
