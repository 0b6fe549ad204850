namespace A11yFeed.Storage;

/// <summary>
/// One text block seen on one article page of a source, by fingerprint only (a hash of its text): what the
/// extraction stage's template memory counts to learn which blocks are that source's chrome.
/// </summary>
public sealed class SourceTemplateBlock
{
    public required string SourceId { get; set; }
    public long Fingerprint { get; set; }
    public long ArticleId { get; set; }
}
