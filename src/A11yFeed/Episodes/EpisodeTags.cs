using A11yFeed.Audio;

namespace A11yFeed.Episodes;

/// <summary>The ID3 text of an episode: what it is called, who published it, when, and the article it was read from.</summary>
public static class EpisodeTags
{
    public static Mp3Tags For(EpisodeScript script) =>
        new(script.Title, script.SourceName, script.AlbumTitle,
            script.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null, script.Language, PublicUrl(script.ArticleUrl));

    // Episodes are public; a file: URL of a folder source would tell listeners where the server keeps its files.
    private static string? PublicUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null;
}
