using Microsoft.AspNetCore.StaticFiles;

namespace A11yFeed.Storage;

/// <summary>The media type of a stored key, from its extension: what the store records and <c>/media</c> answers.</summary>
public static class MediaContentType
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static string Of(string key) =>
        key.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase) ? "audio/mpeg"
        : Known.TryGetContentType(key, out var type) ? type
        : "application/octet-stream";
}
