namespace A11yFeed.Extraction;

/// <summary>
/// Thousands of unclosed container tags make HTML tree building quadratic (every new paragraph is
/// checked against the whole open-element stack). No real article page does this, so such input is
/// refused up front by counting tags, which is linear and cheap.
/// </summary>
internal static class MarkupDepthGuard
{
    public const int MaxUnclosedContainers = 2000;

    public static bool IsTooDeep(string html)
    {
        var unclosed = 0;
        var span = html.AsSpan();
        for (var i = span.IndexOf('<'); i >= 0 && i < span.Length - 4; )
        {
            var rest = span[(i + 1)..];
            if (StartsWithTag(rest, "div") || StartsWithTag(rest, "font") || StartsWithTag(rest, "span") || StartsWithTag(rest, "table"))
            {
                unclosed++;
            }
            else if (rest[0] == '/' && (StartsWithTag(rest[1..], "div") || StartsWithTag(rest[1..], "font") || StartsWithTag(rest[1..], "span") || StartsWithTag(rest[1..], "table")))
            {
                unclosed--;
            }

            if (unclosed > MaxUnclosedContainers)
            {
                return true;
            }

            var next = rest.IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static bool StartsWithTag(ReadOnlySpan<char> text, string tag) =>
        text.Length > tag.Length
        && text.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
        && (text[tag.Length] is '>' or ' ' or '\t' or '\n' or '\r' or '/');
}
