namespace A11yFeed.Storage;

/// <summary>What the service knows of a source between polls: validators, health, counts, and its poll schedule.</summary>
public sealed class SourceState
{
    public required string Id { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }

    /// <summary>When the source is due to be polled again; null means at once.</summary>
    public DateTimeOffset? NextPollAt { get; set; }

    /// <summary>Whether a poll of this source is queued or running, so no second one starts or is queued beside it.</summary>
    public PollClaim PollClaim { get; set; }

    /// <summary>When <see cref="PollClaim"/> lapses if its holder never finishes (a crash, a lost job).</summary>
    public DateTimeOffset? PollClaimExpiresAt { get; set; }
}
