using System.Globalization;
using System.Text.Json;
using A11yFeed.Fetching;


namespace A11yFeed.Sources;

/// <summary>Items of a JSON Feed (1.0 or 1.1); items without a usable URL are skipped.</summary>
internal static class JsonFeedParser
{
    public static IReadOnlyList<DiscoveredItem> Parse(string text, Uri feedUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FetchException($"{feedUrl} is JSON but not a JSON Feed (no 'items' array)", isTransient: false);
            }

            var result = new List<DiscoveredItem>();
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                // An id is only a permalink when it is an absolute URL; otherwise it is just a key.
                var id = String(item, "id");
                var link = String(item, "url") ?? String(item, "external_url")
                    ?? (Uri.TryCreate(id, UriKind.Absolute, out _) ? id : null);
                if (link is null || !Uri.TryCreate(feedUrl, link, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                {
                    continue;
                }

                var html = String(item, "content_html");
                var plain = html is null ? String(item, "content_text") : null;
                var published = Date(String(item, "date_published")) ?? Date(String(item, "date_modified"));
                result.Add(new DiscoveredItem(
                    url,
                    String(item, "title"),
                    published,
                    html ?? plain,
                    html is not null ? "text/html" : plain is not null ? "text/plain" : null));
            }

            return result;
        }
        catch (JsonException ex)
        {
            throw new FetchException($"{feedUrl} is not valid JSON (line {(ex.LineNumber ?? 0) + 1})", isTransient: false, ex);
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
