using System.Diagnostics;
using System.Globalization;

namespace A11yFeed.Tests.Audio;

/// <summary>ffmpeg and ffprobe, used only by tests as an independent judge of the audio we produce.</summary>
internal static class AudioTestTools
{
    public static string Run(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = RunRaw(tool, arguments);
        Assert.True(exitCode == 0, $"{tool} exited {exitCode}: {error}");
        return output.Trim();
    }

    public static (int ExitCode, string Output, string Error) RunRaw(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Decodes the whole file; ffmpeg exits non-zero (with -v error output) on broken audio.</summary>
    public static void AssertDecodes(string path)
    {
        var (exitCode, _, error) = RunRaw("ffmpeg", "-v", "error", "-i", path, "-f", "null", "-");
        Assert.True(exitCode == 0 && error.Length == 0, $"ffmpeg could not decode {path}: {error}");
    }

    /// <summary>
    /// The playing time ffprobe finds by decoding: the sum of decoded samples, after it drops the encoder
    /// delay and padding named in the LAME tag. (Its container "duration" counts whole frames, delay included.)
    /// </summary>
    public static TimeSpan DecodedDuration(string path)
    {
        var rate = int.Parse(Run("ffprobe", "-v", "error", "-show_entries", "stream=sample_rate", "-of", "csv=p=0", path).TrimEnd(','), CultureInfo.InvariantCulture);
        var samples = Run("ffprobe", "-v", "error", "-select_streams", "a", "-show_entries", "frame=nb_samples", "-of", "csv=p=0", path)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Sum(line => long.Parse(line.Trim().TrimEnd(','), CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds((double)samples / rate);
    }

    public static string Stream(string path, string entry) =>
        Run("ffprobe", "-v", "error", "-select_streams", "a", "-show_entries", $"stream={entry}", "-of", "csv=p=0", path).TrimEnd(',');

    public static string Tag(string path, string tag) =>
        Run("ffprobe", "-v", "error", "-show_entries", $"format_tags={tag}", "-of", "csv=p=0", path);

    /// <summary>A sine tone WAV made by ffmpeg, independent of our own WAV writer.</summary>
    public static string Tone(Speech.SpeechTestFolder folder, string name, double seconds, int channels, int sampleRate = 44100)
    {
        var path = folder.Combine(name);
        Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds.ToString(CultureInfo.InvariantCulture)}",
            "-ac", channels.ToString(CultureInfo.InvariantCulture), "-ar", sampleRate.ToString(CultureInfo.InvariantCulture), "-c:a", "pcm_s16le", path);
        return path;
    }
}
