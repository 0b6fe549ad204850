using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>
/// Newspaper pages split a story across print pages with "(下转2版)" and "(上接1版)". The marks mean
/// nothing to a listener, and the two halves are one paragraph: remove the marks and join them.
/// </summary>
internal static partial class PageJumpJoiner
{
    public static List<string> Join(IReadOnlyList<string> paragraphs)
    {
        var joined = new List<string>(paragraphs.Count);
        var continues = false;
        foreach (var raw in paragraphs)
        {
            var startsAsContinuation = ContinuedFrom().IsMatch(raw);
            var endsWithJump = ContinuesOn().IsMatch(raw);
            var text = Mark().Replace(raw, " ").Trim();
            text = Text.TextNormaliser.Normalise(text);
            if (text.Length == 0)
            {
                continues |= endsWithJump;
                continue;
            }

            if ((continues || startsAsContinuation) && joined.Count > 0)
            {
                joined[^1] = Concatenate(joined[^1], text);
            }
            else
            {
                joined.Add(text);
            }

            continues = endsWithJump;
        }

        return joined;
    }

    private static string Concatenate(string first, string second)
    {
        var needsSpace = char.IsAsciiLetterOrDigit(first[^1]) || char.IsAsciiLetterOrDigit(second[0]) || first[^1] is '.' or ',' or '!' or '?';
        return needsSpace ? first + " " + second : first + second;
    }

    [GeneratedRegex(@"[(（]\s*(?:下转|转)\s*第?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]\s*$")]
    private static partial Regex ContinuesOn();

    [GeneratedRegex(@"^\s*[(（]\s*(?:上接|接)\s*第?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]")]
    private static partial Regex ContinuedFrom();

    [GeneratedRegex(@"[(（]\s*(?:下转|上接|转|接)\s*第?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]")]
    private static partial Regex Mark();
}
