namespace A11yFeed.Fetching;

/// <summary>What a server said about a response, for the next conditional GET.</summary>
public sealed record FetchValidators(string? ETag, DateTimeOffset? LastModified)
{
    public static readonly FetchValidators None = new(null, null);
}
