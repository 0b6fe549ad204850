namespace A11yFeed.Extraction;

/// <summary>Metadata gathered from meta tags and metadata lines; the first value found wins.</summary>
internal sealed class ArticleMetadata
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Author { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? Published { get; set; }
    public string? DeclaredLanguage { get; set; }
    public Uri? CanonicalUrl { get; set; }

    public void Offer(string? author = null, string? source = null, DateTimeOffset? published = null)
    {
        Author ??= Blank(author);
        Source ??= Blank(source);
        Published ??= published;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
