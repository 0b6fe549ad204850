namespace A11yFeed.Storage;

/// <summary>A source's poll, claimed by a conditional update of its row so that each source is polled by one job at a time.</summary>
public enum PollClaim
{
    /// <summary>No poll queued or running.</summary>
    None,

    /// <summary>A poll job is in the queue; the schedule queues no other.</summary>
    Queued,

    /// <summary>A poll is running; no other may start until it ends or its claim expires.</summary>
    Running,
}
