using A11yFeed.Fetching;

namespace A11yFeed.Sources;

/// <summary>Polls a source of any kind and returns its items with canonical URLs, each once, at most <see cref="SourceDefinition.MaxItems"/>.</summary>
public sealed class SourceReader(FeedSourceReader feeds, PageSourceReader pages, FolderSourceReader folders)
{
    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var result = source.Kind switch
        {
            SourceKind.Feed => await feeds.ReadAsync(source, validators, cancellationToken),
            SourceKind.Page => await pages.ReadAsync(source, validators, cancellationToken),
            SourceKind.Folder => folders.Read(source),
            _ => throw new FetchException($"source '{source.Id}' has an unknown kind {source.Kind}", isTransient: false),
        };

        var seen = new HashSet<Uri>();
        var items = result.Items
            .Select(item => item with { Url = UrlCanonicaliser.Canonicalise(item.Url) })
            .Where(item => seen.Add(item.Url))
            .Take(source.MaxItems)
            .ToList();
        return result with { Items = items };
    }
}
