using System.Globalization;
using A11yFeed.Model;

namespace A11yFeed.Web;

/// <summary>
/// Writes an article's paragraphs with each spoken sentence in a span that carries its start and end in the
/// audio (<c>&lt;span class="s" data-start="1.23" data-end="4.56"&gt;</c>), for the read-along highlight.
/// A paragraph whose timings do not spell out its text exactly is written plain: a wrong highlight is worse than none.
/// </summary>
internal static class ReadAlongText
{
    /// <summary>Writes the paragraphs; returns whether any sentence span was written.</summary>
    public static bool Write(HtmlBuilder html, IReadOnlyList<string> paragraphs, IReadOnlyList<SentenceTiming> timings)
    {
        var byParagraph = timings.Where(t => t.Paragraph >= 0).ToLookup(t => t.Paragraph);
        var any = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var pieces = Split(paragraphs[i], [.. byParagraph[i]]);
            if (pieces is null)
            {
                html.Element("p", paragraphs[i]);
                continue;
            }

            any = true;
            html.Open("p");
            foreach (var (gap, sentence, timing) in pieces)
            {
                // No line break after a span: between Chinese sentences it would show as a space.
                html.Text(gap).Open("span", ("class", "s"), ("data-start", Seconds(timing.StartMs)), ("data-end", Seconds(timing.EndMs)))
                    .Text(sentence).Trusted("</span>");
            }

            html.Close("p");
        }

        return any;
    }

    /// <summary>
    /// The paragraph cut into the text before each sentence and the sentence itself, taken from the paragraph so
    /// its own spacing is kept; null when the sentences, whitespace aside, are not exactly the paragraph.
    /// </summary>
    internal static List<(string Gap, string Sentence, SentenceTiming Timing)>? Split(string paragraph, IReadOnlyList<SentenceTiming> sentences)
    {
        if (sentences.Count == 0)
        {
            return null;
        }

        var pieces = new List<(string, string, SentenceTiming)>(sentences.Count);
        var at = 0;
        foreach (var sentence in sentences)
        {
            var gapStart = at;
            while (at < paragraph.Length && char.IsWhiteSpace(paragraph[at]))
            {
                at++;
            }

            var start = at;
            var matched = 0;
            foreach (var c in sentence.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                while (at < paragraph.Length && char.IsWhiteSpace(paragraph[at]))
                {
                    at++;
                }

                if (at >= paragraph.Length || paragraph[at] != c)
                {
                    return null;
                }

                at++;
                matched++;
            }

            if (matched == 0)
            {
                return null;
            }

            pieces.Add((paragraph[gapStart..start], paragraph[start..at], sentence));
        }

        return paragraph[at..].Trim().Length == 0 ? pieces : null;
    }

    private static string Seconds(long milliseconds) =>
        (milliseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
