namespace A11yFeed.Fetching;

/// <summary>Which Content-Types are documents this service can read as text.</summary>
internal static class TextMediaTypes
{
    public static bool IsText(string? mediaType)
    {
        // Many small sites send no Content-Type at all; the binary sniff catches what this lets through.
        if (string.IsNullOrEmpty(mediaType))
        {
            return true;
        }

        var type = mediaType.ToLowerInvariant();
        return type.StartsWith("text/")
            || type.EndsWith("+xml")
            || type.EndsWith("+json")
            || type is "application/xml" or "application/json" or "application/xhtml+xml";
    }
}
