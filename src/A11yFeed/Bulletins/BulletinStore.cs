using System.Text.Json;
using A11yFeed.Storage;

namespace A11yFeed.Bulletins;

/// <summary>
/// Keeps each day's <see cref="Bulletin"/> as JSON beside its audio in the media store
/// ("bulletins/{feed}/{yyyy-MM-dd}.json"), so every process of the service sees the same bulletins and a reader
/// never sees a half-written one (the store puts whole files only).
/// </summary>
public sealed class BulletinStore(IMediaStore media, ILogger<BulletinStore> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string KeyFor(string feedId, DateOnly date) => $"bulletins/{feedId}/{BulletinCalendar.Format(date)}.json";

    public static string AudioKeyFor(string feedId, DateOnly date, string inputHash) =>
        $"bulletins/{feedId}/{BulletinCalendar.Format(date)}-{inputHash[..12]}.mp3";

    public Bulletin? Find(string feedId, DateOnly date)
    {
        var key = KeyFor(feedId, date);
        using var stream = media.OpenRead(key);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Bulletin>(stream, Json);
        }
        catch (JsonException ex)
        {
            // Treated as never built: the next refresh writes it again.
            logger.LogWarning(ex, "Bulletin {Key} could not be read", key);
            return null;
        }
    }

    /// <summary>The feed's bulletins of the <paramref name="days"/> days up to <paramref name="today"/>, newest first.</summary>
    public IReadOnlyList<Bulletin> Latest(string feedId, DateOnly today, int days) =>
        Enumerable.Range(0, days).Select(d => Find(feedId, today.AddDays(-d))).OfType<Bulletin>().ToList();

    public async Task SaveAsync(Bulletin bulletin, string workFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workFolder, "bulletin.json");
        await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(bulletin, Json), cancellationToken);
        await media.PutFileAsync(KeyFor(bulletin.FeedId, bulletin.Date), path, cancellationToken);
    }
}
