using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// Reads a text rendering of a page, one paragraph per line. The article is found by its shape: the
/// title sits just above the metadata line (来源/发布时间, "By …"), or, without one, just above the first
/// line that reads like prose; a short line right after the metadata is the subtitle.
/// </summary>
internal static class PlainTextArticleReader
{
    private const int HeadSearchLines = 40;
    private const int MaxSubtitleLength = 40;

    public static ExtractionResult Read(string content, string? languageHint)
    {
        var lines = content.Split('\n')
            .Select(TextNormaliser.Normalise)
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return ExtractionResult.Failure("The text holds no readable lines.");
        }

        var language = LanguageDetector.Detect(languageHint, null, string.Join('\n', lines));
        var metadata = new ArticleMetadata();
        var anchor = lines.Take(HeadSearchLines).ToList().FindIndex(MetadataLineReader.IsMetadataLine);
        int bodyStart;
        if (anchor > 0)
        {
            metadata.Title = TitleAbove(lines, anchor, out var deck);
            var afterMetadata = anchor + 1;
            while (afterMetadata < lines.Count && MetadataLineReader.IsMetadataLine(lines[afterMetadata]))
            {
                afterMetadata++;
            }

            metadata.Subtitle = afterMetadata < lines.Count && IsSubtitle(lines[afterMetadata]) ? lines[afterMetadata] : deck;

            // The metadata lines are read by the assembler; the subtitle is skipped there as a repeat.
            bodyStart = anchor;
        }
        else
        {
            var firstProse = lines.FindIndex(IsProse);
            if (firstProse < 0)
            {
                return ExtractionResult.Failure("No article text found: no line reads like a paragraph.");
            }

            metadata.Title = firstProse > 0 ? TitleAbove(lines, firstProse, out _) : null;
            bodyStart = firstProse;
        }

        var blocks = lines.Skip(bodyStart).Select(PageBlock.Paragraph).ToList();
        return ArticleAssembler.Assemble(metadata, blocks, language, trimTrailingShortLines: true);
    }

    // Walks up from the anchor over title-like lines until site furniture; the topmost is the title and a
    // second one below it is the standfirst.
    private static string? TitleAbove(List<string> lines, int anchor, out string? deck)
    {
        deck = null;
        var found = new List<string>();
        for (var i = anchor - 1; i >= 0 && found.Count < 2; i--)
        {
            var line = lines[i];
            if (ChromeFilter.IsChrome(line) || MetadataLineReader.IsMetadataLine(line) || line.Length > 200)
            {
                break;
            }

            found.Insert(0, line);
        }

        // A standfirst reads as a sentence; a second short line above the title is more likely the site's name.
        if (found.Count == 2 && found[1][^1] is '.' or '。' or '!' or '！' or '?' or '？')
        {
            deck = found[1];
            return found[0];
        }

        return found.Count == 0 ? null : found[^1];
    }

    private static bool IsSubtitle(string line) =>
        line.Length <= MaxSubtitleLength
        && !ChromeFilter.IsChrome(line)
        && !CaptionDetector.IsCredited(line)
        && line[^1] is not ('。' or '！' or '？' or '.' or '!' or '?' or '；' or ';');

    private static bool IsProse(string line) =>
        !ChromeFilter.IsChrome(line)
        && (line.Length >= 80 || (line.Length >= 25 && line[^1] is '。' or '！' or '？' or '.' or '!' or '?' or '”' or '"'));
}
