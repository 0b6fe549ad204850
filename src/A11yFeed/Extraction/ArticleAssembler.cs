using A11yFeed.Model;
using A11yFeed.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// The rules both page shapes share: blocks in reading order become metadata, captions, images and
/// body paragraphs. Readers (HTML, plain text) only decide where the article starts and what the title is.
/// </summary>
internal static class ArticleAssembler
{
    public static ExtractionResult Assemble(ArticleMetadata metadata, IReadOnlyList<PageBlock> blocks, string language, bool trimTrailingShortLines, IReadOnlyList<string>? linesBelow = null)
    {
        var chinese = LanguageTag.IsChinese(language);
        var body = new List<string>();
        var captions = new List<string>();
        var images = new List<ArticleImage>();
        var imageIndex = -1;
        var previousWasImage = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var underImageAt = -1;

        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var text = TextNormaliser.Normalise(block.Text);
            if (block.Kind == PageBlockKind.Image)
            {
                images.Add(new ArticleImage(block.ImageSource, text.Length == 0 ? null : text, null));
                imageIndex = images.Count - 1;
                previousWasImage = true;
                continue;
            }

            // Recommendation feeds share the story's container on portal pages; their heading ends the story.
            if (body.Count >= MinParagraphsBeforeStoryEnd && ChromeFilter.EndsStory(text))
            {
                break;
            }

            var underImage = previousWasImage;
            previousWasImage = false;
            if (block.Rejected)
            {
                MetadataLineReader.TryRead(text, chinese, metadata);
                continue;
            }

            if (block.Kind == PageBlockKind.Link || text.Length == 0 || text == metadata.Title || text == metadata.Subtitle || HeadsLinkList(blocks, index, text)
                || MetadataLineReader.TryRead(text, chinese, metadata) || ChromeFilter.IsChrome(text))
            {
                continue;
            }

            var isCaption = block.Kind == PageBlockKind.Caption
                || (underImage && CaptionDetector.IsUnderImageCaption(text))
                || CaptionDetector.IsCredited(text);
            if (isCaption)
            {
                captions.Add(text);
                if (imageIndex >= 0 && images[imageIndex].Caption is null)
                {
                    images[imageIndex] = images[imageIndex] with { Caption = text };
                }

                continue;
            }

            // Galleries and share widgets print a photo's caption twice; the story never repeats a paragraph.
            if (text.Length >= MinRepeatLength && !seen.Add(text))
            {
                // Under a picture and printed twice in a row (slide and its overlay), it is the picture's caption, not story.
                if (body.Count > 0 && body[^1] == text && underImageAt == body.Count - 1)
                {
                    body.RemoveAt(body.Count - 1);
                    captions.Add(text);
                }

                continue;
            }

            underImageAt = underImage ? body.Count : underImageAt;
            body.Add(text);
        }

        // Lines printed under the story (编辑/来源 bars) count after the story's own lines.
        foreach (var line in linesBelow ?? [])
        {
            MetadataLineReader.TryRead(line, chinese, metadata);
        }

        // Last resort: a short dated line opening the story ("2003-5-29 09:07 高山流水").
        foreach (var line in body.Take(3).Where(l => l.Length <= MaxOpeningDateLine))
        {
            if (metadata.Published is null && PublishTimeParser.TryFind(line, chinese, out var opening))
            {
                metadata.Published = opening;
            }
        }

        // Reports print only the month under their title ("2003年5月"); reprinted essays close with the
        // issue they came from ("——《某刊》1996年6月号"). Either is the best date such a page gives.
        foreach (var line in body.Take(MaxOpeningLines).Concat(body.TakeLast(2)))
        {
            if (metadata.Published is null && (PublishTimeParser.TryFindMonth(line, chinese, out var month) || PublishTimeParser.TryFindIssueMonth(line, chinese, out month)))
            {
                metadata.Published = month;
            }
        }

        var trimmed = TrimLeftovers(body, chinese, trimTrailingShortLines);
        var openingCredits = chinese ? ReporterCreditReader.TakeOpeningCredits(trimmed) : null;
        var paragraphs = PageJumpJoiner.Join(trimmed);
        if (!paragraphs.Any(ReadsLikeProse))
        {
            return ExtractionResult.Failure("No article text found: the page holds only navigation or site furniture.");
        }

        metadata.Offer(author: ReporterCreditReader.TryReadAuthor(paragraphs));
        metadata.Offer(author: openingCredits);
        metadata.Offer(author: metadata.MarkupAuthor);
        metadata.Offer(author: metadata.Editor);
        var title = metadata.Title ?? TitleFallback.FromFirstParagraph(paragraphs[0]);
        return ExtractionResult.Success(new ExtractedArticle
        {
            Title = title,
            PageTitle = metadata.PageTitle,
            Subtitle = metadata.Subtitle,
            Author = metadata.Author,
            Source = metadata.Source,
            Published = metadata.Published,
            Language = language,
            Paragraphs = paragraphs,
            Captions = captions,
            Images = images,
            CanonicalUrl = metadata.CanonicalUrl,
        });
    }

    // Widgets leave fragments around the story: "Baidu" / "map" under a Chinese article, "Share" under an English one.
    private const int MinTrailingRun = 3;
    private const int MinRepeatLength = 20;
    private const int MaxOpeningDateLine = 40;
    private const int MaxOpeningLines = 6;
    private const int MinParagraphsBeforeStoryEnd = 2;

    private static List<string> TrimLeftovers(List<string> body, bool chinese, bool trimTrailingShortLines)
    {
        bool IsLeftover(string line) =>
            !ReporterCreditReader.IsCredit(line)
            && ((chinese && line.Length <= 30 && !HanScript.Contains(line))
                || (trimTrailingShortLines && line.Length <= 40 && !EndsLikeSentence(line)));

        var end = body.Count;
        while (end > 0 && IsLeftover(body[end - 1]))
        {
            end--;
        }

        // A run of short label-like lines after the story is a staff list, tag cloud or footer menu.
        var run = end;
        while (!chinese && run > 0 && body[run - 1].Length <= 40 && !EndsLikeSentence(body[run - 1]) && !ReporterCreditReader.IsCredit(body[run - 1]))
        {
            run--;
        }

        if (end - run >= MinTrailingRun)
        {
            end = run;
        }

        var start = 0;
        while (start < end && chinese && body[start].Length <= 30 && !HanScript.Contains(body[start]))
        {
            start++;
        }

        return body[start..end];
    }

    // "Categories", "Archives", "Tags" over a list of links: a sidebar box's label, not a heading of the story.
    private static bool HeadsLinkList(IReadOnlyList<PageBlock> blocks, int index, string text)
    {
        if (text.Length > MaxLinkListLabel || EndsLikeSentence(text))
        {
            return false;
        }

        for (var next = index + 1; next < blocks.Count; next++)
        {
            if (blocks[next].Kind != PageBlockKind.Image && !string.IsNullOrWhiteSpace(blocks[next].Text))
            {
                return blocks[next].Kind == PageBlockKind.Link && blocks[next].Text.Trim().Length > text.Length;
            }
        }

        return false;
    }

    private const int MaxLinkListLabel = 30;

    // At least one real sentence: a list of headlines or menu words is not an article.
    private static bool ReadsLikeProse(string paragraph) =>
        paragraph.Length >= 80 || (paragraph.Length >= 12 && EndsLikeSentence(paragraph) && paragraph.Any(c => c is '，' or ',' or '。' or '.' or ' '));

    private static bool EndsLikeSentence(string line) => line[^1] is '。' or '！' or '？' or '.' or '!' or '?' or '"' or '”' or ')' or '）';

}
