namespace A11yFeed.Storage;

/// <summary>What a store knows of one stored object; <paramref name="ETag"/> is a quoted strong entity tag.</summary>
public sealed record MediaObjectInfo(long Length, DateTimeOffset LastModified, string ETag);
