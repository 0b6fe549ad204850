namespace A11yFeed.Storage;

public enum ArticleStatus
{
    /// <summary>Found by a poll, not yet extracted.</summary>
    Discovered,

    /// <summary>Text extracted; audio not yet made.</summary>
    Extracted,

    /// <summary>Text and audio ready: the article is in the feeds.</summary>
    Ready,

    /// <summary>The last attempt failed; <see cref="Article.LastError"/> says why.</summary>
    Failed,

    /// <summary>Same text as another article of the source; not published twice.</summary>
    Duplicate,
}
