using System.Text.RegularExpressions;

namespace A11yFeed.Extraction;

/// <summary>Decides how to read the content before any parser sees it: HTML, plain text, or not text at all.</summary>
internal static partial class ContentSniffer
{
    private const int SampleLength = 8192;

    public static bool LooksLikeHtml(string content, string? mediaType)
    {
        if (mediaType is not null)
        {
            if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (mediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var sample = content.AsSpan(0, Math.Min(content.Length, SampleLength)).TrimStart();
        return sample.Length > 0 && sample[0] == '<' && HtmlTag().IsMatch(sample);
    }

    /// <summary>Decoded binary shows up as control characters and U+FFFD replacement characters.</summary>
    public static bool LooksBinary(string content)
    {
        var sample = content.AsSpan(0, Math.Min(content.Length, SampleLength));
        var suspicious = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                suspicious++;
            }
        }

        return suspicious > sample.Length / 10;
    }

    [GeneratedRegex(@"<(!doctype|html|head|body|div|p|meta|title|article|section|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
