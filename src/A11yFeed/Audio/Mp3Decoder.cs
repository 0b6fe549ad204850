using A11yFeed.Tools;
using CliWrap;
using Microsoft.Extensions.Options;

namespace A11yFeed.Audio;

/// <summary>
/// Decodes an MP3 to a 16-bit WAV with lame, which drops the encoder delay and padding its LAME tag records, so the
/// WAV holds exactly the samples that were encoded: sample s plays at s / rate seconds, as in the MP3.
/// </summary>
public sealed class Mp3Decoder(IOptions<AudioOptions> options)
{
    private readonly AudioOptions _options = options.Value;

    /// <exception cref="AudioException">lame is missing, failed or hung, or the file is not MPEG audio.</exception>
    public async Task DecodeAsync(string mp3Path, string wavePath, CancellationToken cancellationToken)
    {
        try
        {
            var lame = ToolRunner.Locate("lame", _options.LamePath);
            await ToolRunner.RunAsync(
                "lame", lame, ["--quiet", "--decode", Path.GetFullPath(mp3Path), Path.GetFullPath(wavePath)],
                PipeSource.Null, PipeTarget.Null, _options.EncodeTimeout, cancellationToken);
        }
        catch (ToolException ex)
        {
            throw new AudioException(ex.Message, ex);
        }
    }
}
