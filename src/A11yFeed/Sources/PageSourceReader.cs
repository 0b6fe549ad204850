using A11yFeed.Fetching;
using AngleSharp.Html.Parser;


namespace A11yFeed.Sources;

/// <summary>Finds article links on an HTML list page, by the source's CSS selector or automatically.</summary>
public sealed class PageSourceReader(DocumentLoader loader)
{
    public async Task<SourceReadResult> ReadAsync(SourceDefinition source, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var page = await loader.LoadAsync(new Uri(source.Location), null, validators, cancellationToken);
        if (page.NotModified)
        {
            return new SourceReadResult([], true, page.Validators);
        }

        var document = await new HtmlParser().ParseDocumentAsync(page.Text, cancellationToken);
        var baseUrl = page.Url;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(page.Url, baseHref, out var declaredBase)
            && declaredBase.Scheme is "http" or "https")
        {
            baseUrl = declaredBase;
        }

        var links = source.LinkSelector is null
            ? ArticleLinkFinder.FindAutomatically(document, baseUrl)
            : ArticleLinkFinder.FindBySelector(document, baseUrl, source.LinkSelector);
        var items = links.Select(link => new DiscoveredItem(link.Url, link.Title)).ToList();
        return new SourceReadResult(items, false, page.Validators);
    }
}
