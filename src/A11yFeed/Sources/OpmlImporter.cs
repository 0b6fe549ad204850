using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;
using A11yFeed.Model;

namespace A11yFeed.Sources;

/// <summary>
/// Turns an OPML subscription list into source definition files: one "feed" source per outline with an
/// xmlUrl. Never overwrites a file and skips feeds the folder already has (same location).
/// </summary>
public static partial class OpmlImporter
{
    private const int MaxIdLength = 64;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Chinese titles stay readable in the written file; the JSON stays valid either way.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Reads <paramref name="opml"/> and writes a definition per new feed into <paramref name="feedsDirectory"/>.</summary>
    public static Result Import(Stream opml, string feedsDirectory)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(opml, XmlSettings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Result.Failed($"not a readable OPML file (line {ex.LineNumber}: XML error)");
        }

        if (document.Root?.Name.LocalName != "opml")
        {
            return Result.Failed("not an OPML file (the root element is not <opml>)");
        }

        Directory.CreateDirectory(feedsDirectory);
        var known = ReadExisting(feedsDirectory);
        var result = new Result();
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            if (Attribute(outline, "xmlUrl") is not { } xmlUrl)
            {
                continue;
            }

            if (!Uri.TryCreate(xmlUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                result.Skipped.Add(new SkippedFeed(xmlUrl, "not an http(s) URL"));
                continue;
            }

            if (known.Locations.TryGetValue(url.AbsoluteUri, out var existing))
            {
                result.Skipped.Add(new SkippedFeed(url.AbsoluteUri, $"already the location of source '{existing}'"));
                continue;
            }

            var title = Attribute(outline, "title") ?? Attribute(outline, "text") ?? url.Host;
            var language = Attribute(outline, "language") is { } tag && LanguagePattern().IsMatch(tag) ? tag : LanguageTag.Auto;
            var (id, path) = CreateFile(feedsDirectory, IdFor(title, url), known.Ids, new Dictionary<string, object?>
            {
                ["title"] = title,
                ["kind"] = "feed",
                ["location"] = url.AbsoluteUri,
                ["language"] = language,
                ["description"] = Attribute(outline, "description"),
            });
            known.Locations[url.AbsoluteUri] = id;
            result.Created.Add(new CreatedSource(id, title, url.AbsoluteUri, language, path));
        }

        return result;
    }

    /// <summary>Writes the file under the first free id; CreateNew means a file that appears meanwhile is never replaced.</summary>
    private static (string Id, string Path) CreateFile(
        string directory, string baseId, HashSet<string> usedIds, Dictionary<string, object?> fields)
    {
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? baseId : WithSuffix(baseId, n);
            var path = Path.Combine(directory, id + ".json");
            if (usedIds.Contains(id) || File.Exists(path))
            {
                continue;
            }

            var definition = new Dictionary<string, object?> { ["id"] = id };
            foreach (var (key, value) in fields.Where(f => f.Value is not null))
            {
                definition[key] = value;
            }

            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(file, definition, JsonOptions);
                file.WriteByte((byte)'\n');
            }
            catch (IOException) when (File.Exists(path))
            {
                continue;
            }

            usedIds.Add(id);
            return (id, path);
        }
    }

    /// <summary>The ids and locations already in the folder; files that do not parse are left to the catalog loader to report.</summary>
    private static (HashSet<string> Ids, Dictionary<string, string> Locations) ReadExisting(string directory)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            ids.Add(id);
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("location", out var location)
                    && location.ValueKind == JsonValueKind.String
                    && Uri.TryCreate(location.GetString(), UriKind.Absolute, out var uri))
                {
                    locations.TryAdd(uri.AbsoluteUri, id);
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                // Not ours to judge here: the service reports broken definitions at start.
            }
        }

        return (ids, locations);
    }

    /// <summary>An id from the title's Latin letters and digits, else from the host ("www." dropped), as source ids must look.</summary>
    private static string IdFor(string title, Uri url)
    {
        var fromTitle = Slug(title);
        var id = fromTitle.Length >= 3 ? fromTitle : Slug(url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host);
        if (id.Length == 0 || id == CombinedFeed.Id)
        {
            id = "feed" + (id.Length == 0 ? "" : "-" + id);
        }

        return id;
    }

    private static string WithSuffix(string id, int n)
    {
        var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id[..Math.Min(id.Length, MaxIdLength - suffix.Length)].TrimEnd('-') + suffix;
    }

    private static string Slug(string text)
    {
        var slug = NotIdCharacters().Replace(text.ToLowerInvariant(), "-").Trim('-');
        slug = slug.Length > MaxIdLength - 4 ? slug[..(MaxIdLength - 4)].TrimEnd('-') : slug;
        return slug;
    }

    private static string? Attribute(XElement outline, string name) =>
        outline.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();

    /// <summary>What an import did: files created, feeds skipped and why, or the problem that stopped it.</summary>
    public sealed class Result
    {
        public List<CreatedSource> Created { get; } = [];
        public List<SkippedFeed> Skipped { get; } = [];
        public string? Problem { get; private init; }

        public static Result Failed(string problem) => new() { Problem = problem };
    }

    public sealed record CreatedSource(string Id, string Title, string Location, string Language, string DefinitionFile);

    public sealed record SkippedFeed(string Location, string Reason);
}
