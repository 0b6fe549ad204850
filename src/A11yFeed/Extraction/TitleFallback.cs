namespace A11yFeed.Extraction;

/// <summary>When a page names no title, the first sentence of the story stands in for one.</summary>
internal static class TitleFallback
{
    private const int MaxLength = 60;

    public static string FromFirstParagraph(string paragraph)
    {
        var end = paragraph.IndexOfAny(['。', '！', '？', '.', '!', '?']);
        var sentence = end > 0 ? paragraph[..end] : paragraph;
        return sentence.Length <= MaxLength ? sentence : sentence[..MaxLength] + "…";
    }
}
