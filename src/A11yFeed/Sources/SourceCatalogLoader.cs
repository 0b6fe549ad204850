using System.Text.Json;

namespace A11yFeed.Sources;

/// <summary>
/// Reads every source definition file in a folder. All files are checked before anything is returned,
/// so one start-up error lists every mistake at once instead of one per restart.
/// </summary>
public static class SourceCatalogLoader
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static SourceCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SourceDefinitionException([$"{directory}: the sources folder does not exist"]);
        }

        var problems = new List<string>();
        var sources = new List<SourceDefinition>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('_') || name.StartsWith('.'))
            {
                continue;
            }

            var shownPath = Path.Combine(directory, name);
            if (TryParse(file, shownPath, problems) is { } document)
            {
                using (document)
                {
                    var parser = new SourceDefinitionParser(shownPath, Path.GetDirectoryName(Path.GetFullPath(file))!);
                    if (parser.Parse(document.RootElement) is { } source)
                    {
                        sources.Add(source);
                    }

                    problems.AddRange(parser.Problems);
                }
            }
        }

        foreach (var duplicate in sources.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = string.Join(", ", duplicate.Select(s => s.DefinitionFile));
            problems.Add($"{duplicate.First().DefinitionFile}: 'id': '{duplicate.Key}' is used by more than one file ({files})");
        }

        return problems.Count > 0 ? throw new SourceDefinitionException(problems) : new SourceCatalog(sources);
    }

    private static JsonDocument? TryParse(string file, string shownPath, List<string> problems)
    {
        try
        {
            // Editors on Windows save UTF-8 with a byte order mark; JsonDocument reads bytes and refuses one.
            ReadOnlyMemory<byte> bytes = File.ReadAllBytes(file);
            if (bytes.Span.StartsWith(Utf8Bom))
            {
                bytes = bytes[Utf8Bom.Length..];
            }

            return JsonDocument.Parse(bytes, JsonOptions);
        }
        catch (JsonException ex)
        {
            // JsonException counts lines and bytes from zero; people count from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            problems.Add($"{shownPath}: line {line}, position {column}: not valid JSON");
            return null;
        }
        catch (IOException ex)
        {
            problems.Add($"{shownPath}: cannot be read ({ex.GetType().Name})");
            return null;
        }
    }
}
