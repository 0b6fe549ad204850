using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using A11yFeed.Audio;
using A11yFeed.Speech;
using A11yFeed.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bench.Speech;

/// <summary>Wall time, speed and peak memory of one pipeline on one text, over the repetitions.</summary>
internal sealed record SpeechMeasurement(string Pipeline, IReadOnlyList<double> WallSeconds, double AudioSeconds, long PeakKilobytes)
{
    public double MedianSeconds => Median(WallSeconds);

    public double TimesRealTime => AudioSeconds / MedianSeconds;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

internal sealed record SpeechResult(SpeechText Text, SpeechMeasurement A11yFeed, SpeechMeasurement Plain)
{
    /// <summary>How much longer A11yFeed's stage takes than the plain pipeline: the target is at most 1.5.</summary>
    public double Ratio => A11yFeed.MedianSeconds / Plain.MedianSeconds;
}

/// <summary>
/// A11yFeed's speech stage against the plainest way to get an MP3 from espeak-ng: <c>espeak-ng --stdout | lame</c>
/// on the same text (for Chinese, the same prepared text and the same pinyin voice). Each repetition runs both,
/// one after the other, so a busy machine slows both alike. Peak memory is the largest resident set of the
/// process tree as GNU time reports it: for A11yFeed, the .NET process that runs the stage.
/// </summary>
internal static class SpeechBenchmark
{
    private static readonly string[] TimeFormat = ["-f", "peak-kb=%M"];

    public static async Task<IReadOnlyList<SpeechResult>> RunAsync(IReadOnlyList<SpeechText> texts, int repetitions, TextWriter log)
    {
        var results = new List<SpeechResult>();
        foreach (var text in texts)
        {
            var work = Directory.CreateTempSubdirectory("a11yfeed-bench-speech-").FullName;
            try
            {
                var paragraphsFile = Path.Combine(work, "paragraphs.json");
                await File.WriteAllTextAsync(paragraphsFile, JsonSerializer.Serialize(text.Paragraphs));
                var plainInput = Path.Combine(work, "plain.txt");
                await File.WriteAllTextAsync(plainInput, PlainText(text));
                var ours = new List<double>();
                var plain = new List<double>();
                double oursAudio = 0, plainAudio = 0;
                long oursPeak = 0, plainPeak = 0;
                for (var i = 0; i < repetitions; i++)
                {
                    var (wall, audio, peak) = await RunOursAsync(paragraphsFile, text.Language, work);
                    ours.Add(wall);
                    (oursAudio, oursPeak) = (audio, Math.Max(oursPeak, peak));
                    (wall, audio, peak) = await RunPlainAsync(plainInput, text.Language, work);
                    plain.Add(wall);
                    (plainAudio, plainPeak) = (audio, Math.Max(plainPeak, peak));
                    log.WriteLine(FormattableString.Invariant($"{text.Name}, run {i + 1}: A11yFeed {ours[^1]:0.00} s, plain {plain[^1]:0.00} s"));
                }

                results.Add(new SpeechResult(text,
                    new SpeechMeasurement("A11yFeed", ours, oursAudio, oursPeak),
                    new SpeechMeasurement("espeak-ng → lame (plain)", plain, plainAudio, plainPeak)));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        return results;
    }

    /// <summary>What the plain pipeline reads: the very sentences A11yFeed gives its engine, one a line.</summary>
    private static string PlainText(SpeechText text)
    {
        var engine = new EspeakSpeechEngine(Options.Create(new SpeechOptions()), NullLogger<EspeakSpeechEngine>.Instance);
        var preparer = new SpeechTextPreparer();
        var form = engine.InputFormFor(text.Language);
        return string.Join("\n", text.Paragraphs.SelectMany(p => SentenceSplitter.Split(p))
            .Select(s => preparer.Prepare(s, text.Language, form, PronunciationLexicon.Empty))
            .Where(s => s.Length > 0)) + "\n";
    }

    private static async Task<(double Wall, double Audio, long PeakKb)> RunOursAsync(string paragraphsFile, string language, string work)
    {
        var self = typeof(SpeechBenchmark).Assembly.Location;
        var (output, peak, _) = await TimedAsync(["dotnet", self, "speech-once", paragraphsFile, language, work]);
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var mp3 = Path.Combine(work, "a11yfeed.mp3");
        var audio = Mp3Inspector.Read(mp3).Duration.TotalSeconds;
        File.Delete(mp3);
        return (json.RootElement.GetProperty("wallMs").GetDouble() / 1000, audio, peak);
    }

    private static async Task<(double Wall, double Audio, long PeakKb)> RunPlainAsync(string input, string language, string work)
    {
        var engine = new EspeakSpeechEngine(Options.Create(new SpeechOptions()), NullLogger<EspeakSpeechEngine>.Instance);
        var voice = engine.InputFormFor(language) == SpokenForm.Pinyin ? EspeakSpeechEngine.PinyinVoice : language.StartsWith("en", StringComparison.Ordinal) ? "en-us" : language;
        var speed = EspeakSpeechEngine.WordsPerMinute(0.9).ToString(CultureInfo.InvariantCulture);
        var mp3 = Path.Combine(work, "plain.mp3");
        var pipeline = $"espeak-ng -b 1 -v {voice} -s {speed} -f '{input}' --stdout | lame --quiet --cbr -b 64 -m m --resample 44.1 - '{mp3}'";
        var clock = Stopwatch.StartNew();
        var (_, peak, _) = await TimedAsync(["sh", "-c", pipeline]);
        var wall = clock.Elapsed.TotalSeconds;
        var audio = Mp3Inspector.Read(mp3).Duration.TotalSeconds;
        File.Delete(mp3);
        return (wall, audio, peak);
    }

    /// <summary>Runs a command under GNU time; returns its output and its peak resident set in kilobytes.</summary>
    private static async Task<(string Output, long PeakKb, int ExitCode)> TimedAsync(string[] command)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in TimeFormat.Concat(command))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errorText = await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed: {errorText}");
        }

        var peakLine = errorText.Split('\n').Last(l => l.StartsWith("peak-kb=", StringComparison.Ordinal));
        return (output, long.Parse(peakLine["peak-kb=".Length..], CultureInfo.InvariantCulture), process.ExitCode);
    }
}
