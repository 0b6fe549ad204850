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

    public async Task<Bulletin?> FindAsync(string feedId, DateOnly date, CancellationToken cancellationToken)
    {
        var key = KeyFor(feedId, date);
        await using var stream = await media.OpenReadAsync(key, 0, null, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<Bulletin>(stream, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            // Treated as never built: the next refresh writes it again.
            logger.LogWarning(ex, "Bulletin {Key} could not be read", key);
            return null;
        }
    }

    /// <summary>The feed's bulletins of the <paramref name="days"/> days up to <paramref name="today"/>, newest first.</summary>
    public async Task<IReadOnlyList<Bulletin>> LatestAsync(string feedId, DateOnly today, int days, CancellationToken cancellationToken)
    {
        var found = new List<Bulletin>(days);
        for (var d = 0; d < days; d++)
        {
            if (await FindAsync(feedId, today.AddDays(-d), cancellationToken) is { } bulletin)
            {
                found.Add(bulletin);
            }
        }

        return found;
    }

    public async Task SaveAsync(Bulletin bulletin, string workFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workFolder, "bulletin.json");
        await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(bulletin, Json), cancellationToken);
        await media.PutFileAsync(KeyFor(bulletin.FeedId, bulletin.Date), path, cancellationToken);
    }
}
