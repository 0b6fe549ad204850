using System.Text;

namespace A11yFeed.Speech;

/// <summary>
/// Cuts a paragraph into pieces no longer than a limit, at sentence ends where possible, so a very long
/// article is spoken piece by piece and never held as one huge engine input or audio buffer.
/// </summary>
internal static class SpeechChunker
{
    private const string SentenceEnds = ".!?;。！？；…";
    private const string SoftBreaks = ",，、:：";

    public static IEnumerable<string> Split(string paragraph, int maxChars)
    {
        var text = paragraph.Trim();
        var current = new StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (current.Length > 0 && current.Length + sentence.Length > maxChars)
            {
                yield return current.ToString().Trim();
                current.Clear();
            }

            if (sentence.Length <= maxChars)
            {
                current.Append(sentence);
                continue;
            }

            foreach (var piece in CutLongSentence(sentence, maxChars))
            {
                yield return piece;
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var isEnd = SentenceEnds.Contains(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i] > 0x2000);
            if (isEnd)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static IEnumerable<string> CutLongSentence(string sentence, int maxChars)
    {
        var rest = sentence.AsMemory().Trim();
        while (rest.Length > maxChars)
        {
            var window = rest.Span[..maxChars];
            var cut = window.LastIndexOfAny(SoftBreaks) + 1;
            if (cut < maxChars / 2)
            {
                cut = window.LastIndexOf(' ') + 1;
            }

            if (cut < maxChars / 2)
            {
                cut = char.IsHighSurrogate(window[maxChars - 1]) ? maxChars - 1 : maxChars;
            }

            yield return rest[..cut].ToString().Trim();
            rest = rest[cut..].TrimStart();
        }

        if (!rest.IsEmpty)
        {
            yield return rest.ToString();
        }
    }
}
