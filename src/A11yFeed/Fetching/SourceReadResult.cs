using A11yFeed.Sources;

namespace A11yFeed.Fetching;

/// <summary>One poll of a source: the items found (none when <paramref name="NotModified"/>) and validators for the next poll.</summary>
public sealed record SourceReadResult(IReadOnlyList<DiscoveredItem> Items, bool NotModified, FetchValidators Validators);
