using System.Text.Json;
using A11yFeed.Extraction;

namespace A11yFeed.Cli;

/// <summary><c>a11yfeed extract [--json] PATH_OR_URL...</c>: one result per input, in input order; a failed input never stops the rest.</summary>
internal static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var inputs = args.Where(a => a != "--json").ToList();
        if (inputs.Count == 0 || inputs.Any(i => i.StartsWith("--", StringComparison.Ordinal)))
        {
            return CommandLine.UsageError(error, "extract takes one or more paths or URLs, and optionally --json.");
        }

        await using var services = CliServices.Build();
        var articles = new ArticleLoader(services.GetRequiredService<ArticlePageLoader>());
        var failures = 0;
        foreach (var input in inputs)
        {
            var (url, article, problem) = await articles.LoadAsync(input, cancellationToken);
            if (article is null)
            {
                failures++;
                error.WriteLine($"a11yfeed: {input}: {problem}");
                if (json)
                {
                    output.WriteLine(JsonSerializer.Serialize(new { url = input, error = problem }, ArticleJson.Options));
                }

                continue;
            }

            var record = ArticleJson.From(url, article);
            output.WriteLine(json ? record.ToJsonLine() : Readable(record));
        }

        return failures == 0 ? 0 : 1;
    }

    private static string Readable(ArticleJson article)
    {
        var lines = new List<string> { article.Title };
        AddIfSet(lines, "Subtitle", article.Subtitle);
        AddIfSet(lines, "Author", article.Author);
        AddIfSet(lines, "Source", article.Source);
        AddIfSet(lines, "Published", article.Published);
        lines.Add($"Language: {article.Lang}");
        lines.Add($"URL: {article.Url}");
        lines.Add("");
        lines.Add(article.Text);
        lines.AddRange(article.Captions.Select(c => $"[Caption] {c}"));
        lines.Add("");
        return string.Join('\n', lines);
    }

    private static void AddIfSet(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}: {value}");
        }
    }
}
