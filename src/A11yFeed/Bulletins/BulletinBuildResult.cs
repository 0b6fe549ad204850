namespace A11yFeed.Bulletins;

/// <summary>What building a day's bulletin did.</summary>
public enum BulletinBuildResult
{
    /// <summary>No episode of that day yet: nothing written.</summary>
    Empty,

    /// <summary>The stored bulletin already holds these episodes: nothing written.</summary>
    Unchanged,

    /// <summary>The day is over and its bulletin was final already: nothing written.</summary>
    AlreadyClosed,

    /// <summary>The audio was the same; only the record was marked final.</summary>
    Closed,

    /// <summary>New audio was made and stored.</summary>
    Built,
}
