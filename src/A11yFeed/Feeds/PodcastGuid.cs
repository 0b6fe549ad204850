using A11yFeed.Model;

namespace A11yFeed.Feeds;

/// <summary>The Podcasting 2.0 podcast:guid: a UUIDv5 of the feed URL, so every index derives the same one.</summary>
public static class PodcastGuid
{
    /// <summary>The namespace the Podcasting 2.0 specification fixes for podcast:guid.</summary>
    public static readonly Guid Namespace = new("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    /// <summary>UUIDv5 of the feed URL without its scheme and without trailing slashes.</summary>
    public static Guid For(Uri feedUrl)
    {
        var url = feedUrl.AbsoluteUri;
        var name = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        return ItemGuid.NameBased(Namespace, name);
    }
}
