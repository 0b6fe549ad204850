namespace A11yFeed.Fetching;

/// <summary>A page or file, decoded to text. When <see cref="NotModified"/> is true, <see cref="Text"/> is empty.</summary>
public sealed record FetchedDocument(
    Uri Url,
    bool NotModified,
    string Text,
    string? MediaType,
    string? Charset,
    FetchValidators Validators);
