using A11yFeed.Fetching;

namespace A11yFeed.Sources;

/// <summary>Reads an RSS 2.0, Atom 1.0 or JSON Feed 1.1 source, newest items first.</summary>
public sealed class FeedSourceReader(DocumentLoader loader)
{
    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var feed = await loader.LoadAsync(new Uri(source.Location), null, validators, cancellationToken);
        if (feed.NotModified)
        {
            return new SourceReadResult([], true, feed.Validators);
        }

        var items = IsJsonFeed(feed) ? JsonFeedParser.Parse(feed.Text, feed.Url) : SyndicationFeedParser.Parse(feed.Text, feed.Url);

        // With FetchFullText the feed's text is only a teaser: dropping it makes the pipeline load the page.
        var ordered = items
            .Select(item => source.FetchFullText ? item with { Content = null, ContentType = null } : item)
            .OrderByDescending(item => item.Published ?? DateTimeOffset.MinValue)
            .ToList();
        return new SourceReadResult(ordered, false, feed.Validators);
    }

    private static bool IsJsonFeed(FetchedDocument feed) =>
        feed.MediaType is "application/feed+json" or "application/json"
        || feed.Text.AsSpan().TrimStart().StartsWith("{");
}
