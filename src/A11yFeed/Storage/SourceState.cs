namespace A11yFeed.Storage;

/// <summary>What the service knows of a source between polls: validators, health, counts.</summary>
public sealed class SourceState
{
    public required string Id { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
}
