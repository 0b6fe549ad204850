namespace A11yFeed.Audio;

/// <summary>An episode now in the media store: its size and exact playing time, as feeds need them, and when each sentence plays.</summary>
public sealed record RenderedEpisode(string MediaKey, long Bytes, TimeSpan Duration, IReadOnlyList<SentenceTiming> Sentences);
