using A11yFeed.Model;

namespace A11yFeed.Web;

/// <summary>
/// What the source says its pictures show (<see cref="ArticleImagesJson"/>). The pictures themselves
/// live on the source's site and pages make no outside requests, so readers get the descriptions as text.
/// </summary>
internal static class ArticleImages
{
    /// <summary>One line per picture that has a description: its alt text and its caption, each once.</summary>
    public static IReadOnlyList<string> Descriptions(IReadOnlyList<ArticleImage> images)
    {
        var lines = new List<string>();
        foreach (var image in images)
        {
            var alt = Trimmed(image.Alt);
            var caption = Trimmed(image.Caption);
            var line = alt is null ? caption
                : caption is null || caption.Contains(alt, StringComparison.Ordinal) ? caption ?? alt
                : alt.Contains(caption, StringComparison.Ordinal) ? alt
                : $"{alt} — {caption}";
            if (line is not null && !lines.Contains(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string? Trimmed(string? text) => text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
