using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using A11yFeed.Extraction;

namespace A11yFeed.Cli;

/// <summary>An extracted article as the command line prints it: stable field names, ISO 8601 dates with offset.</summary>
internal sealed record ArticleJson(
    string Url,
    string Title,
    string? PageTitle,
    string? Subtitle,
    string? Author,
    string? Source,
    string? Published,
    string Lang,
    string Text,
    IReadOnlyList<string> Captions,
    IReadOnlyList<ImageJson> Images,
    AudioJson? Audio = null)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese and "+08:00" stay readable; this JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ArticleJson From(Uri url, ExtractedArticle article) => new(
        url.IsFile ? url.LocalPath : url.AbsoluteUri,
        article.Title,
        article.PageTitle,
        article.Subtitle,
        article.Author,
        article.Source,
        article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        article.Language,
        article.Text,
        article.Captions,
        article.Images.Select(i => new ImageJson(i.Source?.AbsoluteUri, i.Alt, i.Caption)).ToList());

    public string ToJsonLine() => JsonSerializer.Serialize(this, Options);
}

internal sealed record ImageJson(string? Src, string? Alt, string? Caption);

internal sealed record AudioJson(string File, long Bytes, long DurationMs);
