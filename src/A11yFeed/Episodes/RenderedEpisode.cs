using A11yFeed.Model;

namespace A11yFeed.Episodes;

/// <summary>An episode now in the media store: its size and exact playing time, as feeds need them, and when each sentence plays.</summary>
public sealed record RenderedEpisode(string MediaKey, long Bytes, TimeSpan Duration, IReadOnlyList<SentenceTiming> Sentences);
