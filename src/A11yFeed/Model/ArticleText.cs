namespace A11yFeed.Model;

/// <summary>
/// How an article's paragraphs and captions are kept as one string (<c>Article.Text</c>, <c>Article.Captions</c>):
/// paragraphs separated by a blank line, captions one a line. Extraction writes with these, and speech, pages and
/// feeds read with them, so a paragraph is the same paragraph everywhere.
/// </summary>
public static class ArticleText
{
    public const string ParagraphSeparator = "\n\n";

    public static string JoinParagraphs(IEnumerable<string> paragraphs) => string.Join(ParagraphSeparator, paragraphs);

    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n").Split(ParagraphSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The captions as stored: null when there are none.</summary>
    public static string? JoinCaptions(IReadOnlyCollection<string> captions) => captions.Count == 0 ? null : string.Join('\n', captions);

    public static IReadOnlyList<string> Captions(string? captions) =>
        string.IsNullOrWhiteSpace(captions)
            ? []
            : captions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
