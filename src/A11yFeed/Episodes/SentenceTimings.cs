using A11yFeed.Model;

namespace A11yFeed.Episodes;

/// <summary>
/// Turns sentence positions in the assembled WAV into milliseconds in the MP3 as a player decodes it. lame writes
/// its encoder delay and padding into the LAME tag and decoders drop them, and its resampler adds no delay, so
/// sample s of the WAV plays at s / rate seconds; tests check this against ffmpeg's decoding.
/// </summary>
public static class SentenceTimings
{
    public static IReadOnlyList<SentenceTiming> From(AssembledSpeech speech, TimeSpan duration)
    {
        var rate = (double)speech.Format.SampleRate;
        var end = (long)Math.Floor(duration.TotalMilliseconds);
        return speech.Sentences
            .Select(p => new SentenceTiming(
                p.Sentence.Paragraph,
                Math.Min(end, (long)Math.Round(p.StartSample * 1000 / rate)),
                Math.Min(end, (long)Math.Round(p.EndSample * 1000 / rate)),
                p.Sentence.Text))
            .ToList();
    }
}
