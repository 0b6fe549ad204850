using A11yFeed.Feeds;
using A11yFeed.Model;
using A11yFeed.Publishing;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// Tells the WebSub hub that a source's feeds and the combined feeds changed: one <c>hub.mode=publish</c> POST
/// per feed URL (RSS, Atom and JSON Feed), the form most hubs accept. A failure throws so Hangfire retries it.
/// </summary>
[Queue(JobQueues.Pipeline)]
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
public sealed class PingWebSubHubJob(
    IHttpClientFactory clients,
    IOptions<FeedOptions> options,
    ILogger<PingWebSubHubJob> logger)
{
    public const string ClientName = "websub";

    private static readonly string[] Extensions = [RssFeedWriter.Extension, AtomFeedWriter.Extension, JsonFeedWriter.Extension];

    /// <summary>The feed URLs a change to <paramref name="sourceId"/> touches: its own feeds, then the combined ones.</summary>
    public static IEnumerable<Uri> Topics(FeedLinks links, string sourceId) =>
        new[] { sourceId, CombinedFeed.Id }.Distinct(StringComparer.Ordinal)
            .SelectMany(id => Extensions.Select(extension => links.Feed(id, extension)));

    public async Task RunAsync(string sourceId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.WebSubHubUri is not { } hub || settings.PublicBaseUri is not { } baseUri)
        {
            return; // The hub was removed from the settings since the job was queued.
        }

        var client = clients.CreateClient(ClientName);
        foreach (var topic in Topics(new FeedLinks(baseUri, hub), sourceId))
        {
            using var form = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", topic.AbsoluteUri)]);
            try
            {
                using var response = await client.PostAsync(hub, form, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning(
                        "WebSub hub {Hub} answered {StatusCode} to the notice for {Url}", hub, (int)response.StatusCode, topic);
                    throw new HttpRequestException($"WebSub hub answered {(int)response.StatusCode}", null, response.StatusCode);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException { StatusCode: null }
                || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                logger.LogWarning(exception, "WebSub hub {Hub} could not be told about {Url}", hub, topic);
                throw;
            }
        }

        logger.LogInformation("Told WebSub hub {Hub} that the feeds of {SourceId} changed", hub, sourceId);
    }
}
