namespace A11yFeed.Audio;

/// <summary>ID3v2 text written into an episode, shown by podcast apps and players; <see cref="SourceUrl"/> is the article it was read from.</summary>
/// <param name="Date">The article's publication day, in the source's own calendar.</param>
/// <param name="Language">BCP 47 language of the speech.</param>
/// <param name="Chapters">Chapters in playing order, written as CHAP frames under one CTOC; none when null or empty.</param>
public sealed record Mp3Tags(
    string Title, string? Artist, string? Album, DateOnly? Date, string? Language, string? SourceUrl,
    IReadOnlyList<Mp3Chapter>? Chapters = null);
