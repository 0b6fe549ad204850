using A11yFeed.Text;
using AngleSharp.Dom;

namespace A11yFeed.Extraction;

/// <summary>
/// Chinese article pages print 来源/发布时间 in a bar between the headline and the story, and 编辑/作者
/// lines just under it, both outside the story's container. This reads the labelled lines above the
/// story and a few below it; when no line is labelled, the date printed nearest above the story (under
/// the headline) is its date: dates further up are the site header's "today", those in links are other stories.
/// </summary>
internal static class SurroundingMetadataReader
{
    private const int MaxBlocks = 3000;
    private const int MaxDateLineLength = 120;
    private const int BlocksBelow = 12;

    // Under a headline repeated in the story and a subtitle, the name line is still among the first six.
    private const int MaxBylineLines = 6;

    /// <summary>Reads the lines above the story into <paramref name="metadata"/> and returns the lines just below it, which count only after the story's own lines.</summary>
    /// <param name="pageBlocks">The whole body already flattened, when the caller has it.</param>
    public static IReadOnlyList<string> Read(IElement body, List<PageBlock> content, Uri url, bool chinese, ArticleMetadata metadata, IReadOnlyList<PageBlock>? pageBlocks = null)
    {
        var texts = content.Where(b => b.Kind != PageBlockKind.Image).Select(b => TextNormaliser.Normalise(b.Text)).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0)
        {
            return [];
        }

        var page = (pageBlocks?.Take(MaxBlocks) ?? HtmlBlockFlattener.Flatten(body, url, MaxBlocks)).Select(b => (b.Kind, Text: TextNormaliser.Normalise(b.Text))).Where(b => b.Text.Length > 0).ToList();
        var start = page.FindIndex(b => b.Text == texts[0]);
        var end = page.FindLastIndex(b => b.Text == texts[^1]);
        if (start < 0)
        {
            start = page.Count;
        }

        DateTimeOffset? nearest = null;
        for (var i = 0; i < start; i++)
        {
            var (kind, text) = page[i];
            MetadataLineReader.TryRead(text, chinese, metadata);
            if (kind != PageBlockKind.Link && text.Length <= MaxDateLineLength && PublishTimeParser.TryFind(text, chinese, out var date))
            {
                nearest = date;
            }

        }

        if (nearest is null && start > 0 && PublishTimeParser.TryFindMonth(page[start - 1].Text, chinese, out var month))
        {
            nearest = month;
        }

        metadata.Offer(published: nearest);
        if (chinese)
        {
            metadata.Offer(author: BylineNameReader.TryRead(texts.Take(MaxBylineLines).ToList(), metadata.Title));
        }

        return end >= start ? page.Skip(end + 1).Take(BlocksBelow).Select(b => b.Text).ToList() : [];
    }
}
