using A11yFeed.Model;

namespace A11yFeed.Bulletins;

/// <summary>Everything needed to put one day's bulletin together under <see cref="MediaKey"/>.</summary>
/// <param name="Introduction">The sentences spoken first: feed, date and how many items.</param>
/// <param name="Title">The bulletin's title, also the introduction's chapter.</param>
public sealed record BulletinScript(
    string MediaKey,
    string Language,
    VoiceSettings Voice,
    IReadOnlyList<string> Introduction,
    string Title,
    string Artist,
    DateOnly Date,
    TimeSpan Pause,
    IReadOnlyList<BulletinEpisode> Episodes);

/// <summary>A bulletin now in the media store: size, exact playing time, chapters and every sentence's time.</summary>
public sealed record RenderedBulletin(
    long Bytes, TimeSpan Duration, IReadOnlyList<BulletinChapter> Chapters, IReadOnlyList<SentenceTiming> Sentences);
