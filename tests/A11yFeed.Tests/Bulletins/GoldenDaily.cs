using A11yFeed.Bulletins;
using A11yFeed.Model;
using A11yFeed.Publishing;

namespace A11yFeed.Tests.Bulletins;

/// <summary>Two days of the demo source's daily feed, fixed, as the golden files and the parser tests read it.</summary>
internal static class GoldenDaily
{
    public static readonly FeedLinks Links = new(new Uri("https://feeds.example.org/a11y/"));

    public static DailyFeed Feed()
    {
        var channel = new FeedChannel("demo", "Demo Library News", "News from the city library, read aloud.", "en", "demo");
        Bulletin Day(int day, bool closed, params (string Title, long Id, long Start)[] episodes)
        {
            var date = new DateOnly(2026, 11, day);
            var end = episodes[^1].Start + 20_000;
            var chapters = new List<BulletinChapter> { new($"Demo Library News, {day} November 2026", 0, episodes[0].Start, null) };
            chapters.AddRange(episodes.Select((e, i) => new BulletinChapter(e.Title, e.Start, i + 1 < episodes.Length ? episodes[i + 1].Start : end, e.Id)));
            return new Bulletin(
                "demo", date, $"Demo Library News, {day} November 2026", "en", new string('a', 64),
                $"bulletins/demo/2026-11-{day}-aaaaaaaaaaaa.mp3", 160_000 + day, end,
                new DateTimeOffset(2026, 11, day, 7, 10, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, day, 16, 40, 0, TimeSpan.Zero),
                closed, chapters, [new SentenceTiming(-1, 0, 2500, $"Demo Library News, {day} November 2026.")]);
        }

        return new DailyFeed(
            channel,
            [
                Day(28, false, ("Library opens on Sundays", 4, 4000), ("Large print books arrive", 5, 26_000)),
                Day(27, true, ("Night bus route extended", 2, 3800)),
            ],
            new DateTimeOffset(2026, 11, 28, 16, 40, 0, TimeSpan.Zero));
    }
}
