using System.Globalization;
using System.Text.RegularExpressions;

namespace A11yFeed.Tests.Audio;

/// <summary>ffmpeg's EBU R128 meter, the independent judge of our loudness: integrated loudness and true peak.</summary>
internal static partial class LoudnessTestTools
{
    public static (double Integrated, double TruePeak) Ebur128(string path)
    {
        var (exitCode, _, error) = AudioTestTools.RunRaw("ffmpeg", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-");
        Assert.True(exitCode == 0, error);
        var summary = error[error.LastIndexOf("Summary:", StringComparison.Ordinal)..];
        return (Parse(Integrated().Match(summary)), Parse(Peak().Match(summary)));
    }

    private static double Parse(Match match)
    {
        Assert.True(match.Success, "ffmpeg printed no summary");
        return match.Groups[1].Value == "-inf" ? double.NegativeInfinity : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"I:\s+(-?[\d.]+|-inf) LUFS")]
    private static partial Regex Integrated();

    [GeneratedRegex(@"Peak:\s+(-?[\d.]+|-inf) dBFS")]
    private static partial Regex Peak();
}
