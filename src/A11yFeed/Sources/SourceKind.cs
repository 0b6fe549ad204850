namespace A11yFeed.Sources;

/// <summary>How a source is read: a syndication feed, an HTML list page, or a local folder.</summary>
public enum SourceKind
{
    Feed,
    Page,
    Folder,
}
