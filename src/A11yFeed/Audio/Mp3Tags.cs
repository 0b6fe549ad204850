namespace A11yFeed.Audio;

/// <summary>ID3v2 text written into an episode, shown by podcast apps and players; <see cref="SourceUrl"/> is the article it was read from.</summary>
public sealed record Mp3Tags(string Title, string? Artist, string? Album, int? Year, string? SourceUrl)
{
    public static Mp3Tags For(EpisodeScript script) =>
        new(script.Title, script.SourceName, script.AlbumTitle, script.Published?.Year, script.ArticleUrl);
}
