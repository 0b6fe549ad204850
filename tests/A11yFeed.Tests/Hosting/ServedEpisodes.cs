using A11yFeed.Storage;
using A11yFeed.Tests.Audio;

namespace A11yFeed.Tests.Hosting;

/// <summary>Checks, through the running service, that each article's episode is served as it was stored.</summary>
internal static class ServedEpisodes
{
    /// <summary>
    /// Downloads every article's MP3 from <c>/media</c> and asserts it has the stored byte length, decodes, and plays
    /// for the stored duration within 50 ms of what ffmpeg decodes.
    /// </summary>
    public static async Task AssertMatchStoredAsync(HttpClient client, IEnumerable<Article> articles)
    {
        var folder = Directory.CreateTempSubdirectory("a11yfeed-served-episodes-").FullName;
        try
        {
            foreach (var article in articles)
            {
                var bytes = await client.GetByteArrayAsync(new Uri("/media/" + article.AudioKey, UriKind.Relative));
                Assert.Equal(article.AudioBytes, bytes.Length);
                var path = Path.Combine(folder, article.Id + ".mp3");
                await File.WriteAllBytesAsync(path, bytes);
                AudioTestTools.AssertDecodes(path);
                var decoded = AudioTestTools.DecodedDuration(path).TotalMilliseconds;
                Assert.InRange(article.AudioDurationMs!.Value, decoded - 50, decoded + 50);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
