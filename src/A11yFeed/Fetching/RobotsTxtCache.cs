using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace A11yFeed.Fetching;

/// <summary>Each host's robots.txt, read once and kept for <see cref="FetchOptions.RobotsTxtCacheDuration"/>.</summary>
public sealed class RobotsTxtCache(
    IHttpClientFactory httpClientFactory,
    HostRequestGate gate,
    IOptions<FetchOptions> options,
    TimeProvider timeProvider,
    ILogger<RobotsTxtCache> logger)
{
    private const int MaxRobotsBytes = 512 * 1024;
    private const int MaxRedirects = 5;

    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Expires)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = $"{url.Scheme}://{url.Authority}";
        var now = timeProvider.GetUtcNow();
        if (!_cache.TryGetValue(key, out var entry) || entry.Expires <= now)
        {
            entry = (await LoadAsync(new Uri($"{key}/robots.txt"), cancellationToken), now + options.Value.RobotsTxtCacheDuration);
            _cache[key] = entry;
        }

        return entry.Rules.IsAllowed(url);
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var token = options.Value.UserAgent.Split('/', ' ')[0];
        try
        {
            using var client = httpClientFactory.CreateClient(HttpDocumentFetcher.ClientName);
            using var deadline = new CancellationTokenSource(options.Value.Timeout, timeProvider);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);

            // RFC 9309 asks crawlers to follow at least five redirects (sites often move robots.txt to https).
            var current = robotsUrl;
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("User-Agent", options.Value.UserAgent);
                using (await gate.EnterAsync(current, timeout.Token))
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                    {
                        current = new Uri(current, location);
                        continue;
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        // No robots.txt (4xx) means no rules. A failing one (5xx) is treated the same rather than
                        // stopping every poll of the site; the site's own pages fail too if it is really down.
                        logger.LogDebug("robots.txt at {Url} answered {StatusCode}; no rules apply", current, (int)response.StatusCode);
                        return RobotsTxt.AllowAll;
                    }

                    var bytes = await ResponseReader.ReadCappedAsync(response, MaxRobotsBytes, timeout.Token);
                    return RobotsTxt.Parse(CharsetDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet).Text, token);
                }
            }

            logger.LogWarning("robots.txt at {Url} redirects too often; no rules apply", robotsUrl);
            return RobotsTxt.AllowAll;
        }
        catch (Exception ex) when (ex is HttpRequestException or FetchException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "robots.txt at {Url} could not be read; no rules apply", robotsUrl);
            return RobotsTxt.AllowAll;
        }
    }
}
