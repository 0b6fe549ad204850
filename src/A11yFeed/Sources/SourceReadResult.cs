using A11yFeed.Fetching;

namespace A11yFeed.Sources;

/// <summary>One poll of a source: the items found (none when <paramref name="NotModified"/>) and validators for the next poll.</summary>
public sealed record SourceReadResult(IReadOnlyList<DiscoveredItem> Items, bool NotModified, FetchValidators Validators);
