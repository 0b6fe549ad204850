namespace A11yFeed.Extraction;

/// <summary>
/// Closes a <c>&lt;title&gt;</c> the page never closes. The title's text runs until <c>&lt;/title&gt;</c>
/// (it is raw text to an HTML parser), so a page that lost that tag (a truncated template, a mangled save)
/// parses as one long title and an empty body: no reader finds the article. A title holds no markup, so
/// it ends at the first tag after it.
/// </summary>
internal static class UnclosedTitleRepair
{
    public static string Repair(string html)
    {
        var open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0 || html.IndexOf("</title", open, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return html;
        }

        var text = html.IndexOf('>', open);
        var next = text < 0 ? -1 : html.IndexOf('<', text + 1);
        return next < 0 ? html : string.Concat(html.AsSpan(0, next), "</title>", html.AsSpan(next));
    }
}
