using A11yFeed.Model;

namespace A11yFeed.Extraction;

/// <summary>
/// Joins an article split over several pages: follows the pages <see cref="PaginationFinder"/> finds
/// (and those the next pages link to), at most <see cref="PaginationFinder.MaxPages"/>, each once, and
/// appends each page's paragraphs that the article does not hold yet. A page that cannot be loaded or
/// read ends the walk with what was joined so far: the first page alone is still the article.
/// </summary>
public sealed class PagedArticleJoiner(ArticleExtractor extractor)
{
    /// <summary>Loads one page's decoded text, or null when it cannot be loaded.</summary>
    public delegate Task<(string Text, string? MediaType)?> PageLoader(Uri url, CancellationToken cancellationToken);

    public async Task<ExtractedArticle> JoinAsync(ExtractedArticle first, string html, Uri url, PageLoader load, string? languageHint, CancellationToken cancellationToken)
    {
        var queue = new Queue<Uri>(PaginationFinder.Find(html, url));
        if (queue.Count == 0)
        {
            return first;
        }

        var visited = new HashSet<Uri> { url };
        var paragraphs = new List<string>(first.Paragraphs);
        var seen = new HashSet<string>(first.Paragraphs, StringComparer.Ordinal);
        var captions = new List<string>(first.Captions);
        var images = new List<ArticleImage>(first.Images);
        while (queue.Count > 0 && visited.Count < PaginationFinder.MaxPages)
        {
            var next = queue.Dequeue();
            if (!visited.Add(next))
            {
                continue;
            }

            if (await load(next, cancellationToken) is not { } page
                || extractor.Extract(page.Text, next, page.MediaType, languageHint ?? first.Language).Article is not { } part)
            {
                break;
            }

            paragraphs.AddRange(part.Paragraphs.Where(seen.Add));
            captions.AddRange(part.Captions.Where(c => !captions.Contains(c)));
            images.AddRange(part.Images.Where(i => !images.Contains(i)));
            foreach (var more in PaginationFinder.Find(page.Text, next).Where(u => !visited.Contains(u) && !queue.Contains(u)))
            {
                queue.Enqueue(more);
            }
        }

        return first with { Paragraphs = paragraphs, Captions = captions, Images = images };
    }
}
