using System.Globalization;
using System.Text;
using A11yFeed.Model;

namespace A11yFeed.Audio;

/// <summary>
/// Writes an episode's sentence timings as a WebVTT transcript: one numbered cue per sentence, the spoken opening
/// included, so players can show the words being read and search engines can index the audio.
/// </summary>
public static class WebVttWriter
{
    public static string Write(IReadOnlyList<SentenceTiming> sentences)
    {
        var vtt = new StringBuilder("WEBVTT\n");
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            // A cue must end after it starts; a sentence that is all silence still gets a visible moment.
            var end = Math.Max(sentence.EndMs, sentence.StartMs + 1);
            vtt.Append('\n').Append(i + 1).Append('\n')
                .Append(Timestamp(sentence.StartMs)).Append(" --> ").Append(Timestamp(end)).Append('\n')
                .Append(Escape(sentence.Text)).Append('\n');
        }

        return vtt.ToString();
    }

    /// <summary>hh:mm:ss.ttt, as WebVTT requires (hours always written, so long episodes read the same way).</summary>
    public static string Timestamp(long milliseconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
    }

    /// <summary>Cue text is markup: escape &amp;, &lt; and &gt;; a line break or blank line would end the cue, so none survive.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString().Trim();
    }
}
