namespace A11yFeed.Text;

/// <summary>
/// Cuts a paragraph into the sentences readers see and listeners hear one at a time: at sentence-ending
/// punctuation, and, for a sentence too long to speak or highlight as one, at commas or spaces.
/// </summary>
public static class SentenceSplitter
{
    private const string SentenceEnds = ".!?;。！？；…";
    private const string SoftBreaks = ",，、:：";

    // Words whose full stop rarely ends a sentence ("Dr. Li", "No. 5", "Feb. 3").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The trimmed, non-empty sentences of <paramref name="paragraph"/>, in order, none longer than <paramref name="maxChars"/>.</summary>
    public static IReadOnlyList<string> Split(string paragraph, int maxChars = 400)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 20);
        var sentences = new List<string>();
        foreach (var sentence in Sentences(paragraph.Trim()))
        {
            sentences.AddRange(sentence.Length <= maxChars ? [sentence.Trim()] : CutLongSentence(sentence, maxChars));
        }

        sentences.RemoveAll(string.IsNullOrWhiteSpace);
        return sentences;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var isEnd = SentenceEnds.Contains(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i] > 0x2000);
            if (!isEnd || (text[i] == '.' && IsAbbreviation(text, i)))
            {
                continue;
            }

            // "……", "？！" and "!!" end one sentence, not several.
            while (i + 1 < text.Length && SentenceEnds.Contains(text[i + 1]))
            {
                i++;
            }

            // Closing quotes and brackets belong to the sentence they close.
            while (i + 1 < text.Length && text[i + 1] is '”' or '’' or '"' or '\'' or '）' or ')' or '」' or '』' or '》')
            {
                i++;
            }

            yield return text[start..(i + 1)];
            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // "U.S.", "e.g.", "J. Smith", "Dr. Li": a full stop after these rarely ends the sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start).TrimStart("\"'“‘(（");
        return word.Contains('.')
            || (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
            || Titles.Contains(word.ToString());
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
