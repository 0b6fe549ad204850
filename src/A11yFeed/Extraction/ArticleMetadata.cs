namespace A11yFeed.Extraction;

/// <summary>Metadata gathered from meta tags and metadata lines; the first value found wins.</summary>
internal sealed class ArticleMetadata
{
    public string? Title { get; set; }
    public string? PageTitle { get; set; }
    public string? Subtitle { get; set; }
    public string? Author { get; set; }

    /// <summary>The author named in markup (meta tags, itemprop); on Chinese pages used only when the page prints no credit.</summary>
    public string? MarkupAuthor { get; set; }

    /// <summary>The editor credited on the page (编辑/责任编辑): the person to name when no author is given.</summary>
    public string? Editor { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? Published { get; set; }
    public string? DeclaredLanguage { get; set; }
    public Uri? CanonicalUrl { get; set; }

    public void Offer(string? author = null, string? source = null, DateTimeOffset? published = null)
    {
        Author ??= NotAName(author) ? null : Blank(author);
        Source ??= Blank(source);
        Published ??= published;
    }

    // Templates leak markup ("size=\"20\""), profile links and user ids ("L_104485") into author fields; none names a person.
    private static bool NotAName(string? author) =>
        author is not null && (author.Contains('=') || author.Contains('"') || author.Contains("://", StringComparison.Ordinal) || author.Trim().Length > 60
            || author.Count(char.IsAsciiDigit) >= 4);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
