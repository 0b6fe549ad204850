using System.Text.Json;
using A11yFeed.Bench.Scoring;

namespace A11yFeed.Bench.Extraction;

/// <summary>
/// Reads the four corpora in their published layouts, pages decoded by <see cref="CorpusPageDecoder"/>.
/// </summary>
internal static class CorpusLoader
{
    public const string English = "scrapinghub";
    public const string Chinese = "zh-content";
    public const string Readability = "readability-zh";
    public const string Unlabelled = "zh-news-unlabelled";
    public const string News = "l3s-gn1";

    /// <summary>The corpora with labelled bodies, which the block model is fitted and cross-validated on.</summary>
    public static readonly string[] Labelled = [English, Chinese, News];

    public static List<CorpusPage> Load(string corpusRoot, string name)
    {
        var folder = Path.Combine(corpusRoot, name);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return name switch
        {
            English or News => LabelledPages(folder, id => Path.Combine(folder, "html", id + ".html.gz")),
            Chinese => LabelledPages(folder, id => Path.Combine(folder, "html", id + ".html")),
            Readability => ReadabilityCases(folder),
            Unlabelled => Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal)
                .Select(path => new CorpusPage(Path.GetFileNameWithoutExtension(path), PageUrl(Path.GetFileName(path)), Decode(path))).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown corpus."),
        };
    }

    private static List<CorpusPage> LabelledPages(string folder, Func<string, string> pathOf)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<CorpusPage>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var label = page.Value;
            var given = label.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var labelled) ? labelled : null;
            var html = Decode(pathOf(page.Name));
            pages.Add(new CorpusPage(page.Name, given ?? PageUrl(page.Name + ".html"), html)
            {
                Site = SiteKey.Of(given, html, page.Name),
                ExpectedBody = label.GetProperty("articleBody").GetString() ?? string.Empty,
                ExpectedAuthor = label.TryGetProperty("author", out var a) ? a.GetString() : null,
                ExpectedDate = label.TryGetProperty("date", out var d) ? d.GetString() : null,
            });
        }

        return pages;
    }

    private static List<CorpusPage> ReadabilityCases(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(dir =>
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected-metadata.json")));
            return new CorpusPage(Path.GetFileName(dir), PageUrl(Path.GetFileName(dir) + ".html"), Decode(Path.Combine(dir, "source.html")))
            {
                ExpectedTitle = metadata.RootElement.GetProperty("title").GetString(),
            };
        }).ToList();

    private static string Decode(string path) => CorpusPageDecoder.Read(path);

    private static Uri PageUrl(string name) => new("https://corpus.example/" + Uri.EscapeDataString(name));
}
