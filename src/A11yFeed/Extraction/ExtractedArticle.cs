using A11yFeed.Model;

namespace A11yFeed.Extraction;

/// <summary>An article as read from a page: metadata, body paragraphs and what is not body.</summary>
public sealed record ExtractedArticle
{
    /// <summary>The headline: what is spoken first and shown as the heading.</summary>
    public required string Title { get; init; }

    /// <summary>The page's own title (its &lt;title&gt;, site name included), as browsers and Readability show it.</summary>
    public string? PageTitle { get; init; }

    public string? Subtitle { get; init; }
    public string? Author { get; init; }

    /// <summary>The organisation the article comes from (来源), when the page says.</summary>
    public string? Source { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>BCP 47 tag such as "zh-CN" or "en".</summary>
    public required string Language { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }
    public IReadOnlyList<string> Captions { get; init; } = [];
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];
    public Uri? CanonicalUrl { get; init; }

    public string Text => ArticleText.JoinParagraphs(Paragraphs);
}
