using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Speech;

/// <summary>
/// Engine output by content: a sentence with the same engine, voice, language, rate and prepared text is
/// synthesised once and read from disk afterwards, so an edited article re-speaks only what changed. Entries are
/// written under a temporary name and renamed, so a reader sees a whole WAV or none; the least recently used
/// go first when the cache outgrows its cap.
/// </summary>
public sealed class SpeechCache(IOptions<SpeechOptions> options, TimeProvider clock, ILogger<SpeechCache> logger)
{
    private readonly SpeechOptions _options = options.Value;
    private readonly Lock _trimming = new();

    public bool IsEnabled => _options.CacheMaxBytes > 0 && !string.IsNullOrWhiteSpace(_options.CacheDirectory);

    /// <summary>
    /// The WAV holding <paramref name="request"/> spoken by <paramref name="engine"/>: a cache entry, or (with the
    /// cache off) a file the engine wrote at <paramref name="scratchPath"/>, which the caller then owns.
    /// </summary>
    public async Task<string> SpeakAsync(ISpeechEngine engine, SpeechRequest request, string scratchPath, CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            await engine.SynthesizeAsync(request, scratchPath, cancellationToken);
            return scratchPath;
        }

        var key = KeyOf(engine.Name, request);
        var folder = Path.Combine(Path.GetFullPath(_options.CacheDirectory!), key[..2]);
        var path = Path.Combine(folder, key + ".wav");
        if (File.Exists(path))
        {
            Touch(path);
            return path;
        }

        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $"{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            await engine.SynthesizeAsync(request, partial, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }

        return path;
    }

    /// <summary>Whether a cache file is one that <see cref="SpeakAsync"/> returns, so callers never delete it.</summary>
    public bool Owns(string path) =>
        IsEnabled && Path.GetFullPath(path).StartsWith(Path.GetFullPath(_options.CacheDirectory!), StringComparison.Ordinal);

    /// <summary>SHA-256 of everything that changes the engine's output, as lowercase hex.</summary>
    public static string KeyOf(string engineName, SpeechRequest request)
    {
        var parts = string.Join('\u001f', engineName, request.Voice ?? "", request.Language.ToLowerInvariant(),
            request.Rate.ToString("R", CultureInfo.InvariantCulture), request.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)));
    }

    /// <summary>Removes the least recently used entries until the cache fits its cap.</summary>
    public void Trim()
    {
        if (!IsEnabled || !Directory.Exists(_options.CacheDirectory))
        {
            return;
        }

        lock (_trimming)
        {
            var files = new DirectoryInfo(_options.CacheDirectory!).EnumerateFiles("*.wav", SearchOption.AllDirectories).ToList();
            var total = files.Sum(f => f.Length);
            foreach (var file in files.OrderBy(f => f.LastWriteTimeUtc))
            {
                if (total <= _options.CacheMaxBytes)
                {
                    break;
                }

                try
                {
                    total -= file.Length;
                    file.Delete();
                }
                catch (IOException ex)
                {
                    logger.LogWarning(ex, "Could not remove the cached speech {Path}", file.FullName);
                }
            }
        }
    }

    private void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
        }
        catch (IOException)
        {
            // Removed by a trim a moment ago; the caller has already opened it or will synthesise again next time.
        }
    }
}
