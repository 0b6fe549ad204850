using System.Text.Json.Serialization;
using A11yFeed.Model;

namespace A11yFeed.Bulletins;

/// <summary>
/// One day's bulletin of one feed as it was last built: its audio, chapters and sentence times, and what it was
/// built from (<see cref="InputHash"/>), so an unchanged day is recognised without touching the audio.
/// </summary>
/// <param name="Published">When the day's bulletin first appeared; kept across rebuilds, so podcast apps keep its place.</param>
/// <param name="Updated">When its audio last changed.</param>
/// <param name="Closed">The day is over in the feed's time zone and this is its final version.</param>
public sealed record Bulletin(
    string FeedId,
    DateOnly Date,
    string Title,
    string Language,
    string InputHash,
    string MediaKey,
    long Bytes,
    long DurationMs,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    bool Closed,
    IReadOnlyList<BulletinChapter> Chapters,
    IReadOnlyList<SentenceTiming> Sentences)
{
    /// <summary>The feed item guid: a name-based UUID of the feed and the day, the same for every rebuild of the day.</summary>
    [JsonIgnore]
    public string FeedGuid => "urn:uuid:" + ItemGuid.NameBased(GuidNamespace, $"{FeedId}\n{BulletinCalendar.Format(Date)}");

    /// <summary>The chapters that are episodes (not the introduction).</summary>
    [JsonIgnore]
    public IEnumerable<BulletinChapter> Episodes => Chapters.Where(c => c.ArticleId is not null);

    private static readonly Guid GuidNamespace = new("8a3c6f0e-5b1d-5e2a-9c47-a11feed00002");
}

/// <summary>One chapter of a bulletin: the introduction (no article) or one episode, with where it plays.</summary>
public sealed record BulletinChapter(string Title, long StartMs, long EndMs, long? ArticleId);
