using System.Text;

namespace A11yFeed.Publishing;

/// <summary>
/// Escapes the five characters that carry meaning in HTML text and in quoted attribute values, and nothing else:
/// that is all safety needs there, and it keeps "application/rss+xml", URLs and every script readable for feed
/// discovery tools that read the markup as text.
/// </summary>
public static class HtmlEscaper
{
    public static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value ?? "";
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
