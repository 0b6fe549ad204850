using A11yFeed.Extraction;
using A11yFeed.Model;
using A11yFeed.Text;

namespace A11yFeed.Cli;

/// <summary>
/// <c>a11yfeed reading [--lang TAG] PATH_OR_-</c>: prints, one sentence per line, exactly what espeak-ng is given for
/// a text (pinyin for Chinese, normalised text otherwise), so a wrong reading can be found without listening.
/// </summary>
internal static class ReadingCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? language = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                language = args[++i];
            }
            else if (args[i] == "-" || !args[i].StartsWith('-'))
            {
                paths.Add(args[i]);
            }
            else
            {
                return CommandLine.UsageError(error, $"reading does not know '{args[i]}'.");
            }
        }

        if (paths.Count != 1)
        {
            return CommandLine.UsageError(error, "reading takes one path (a text or HTML file), or - for standard input.");
        }

        await using var services = CliServices.Build();
        var (paragraphs, detected, problem) = await LoadAsync(paths[0], input, services, cancellationToken);
        if (problem is not null)
        {
            error.WriteLine($"a11yfeed: {paths[0]}: {problem}");
            return 1;
        }

        language ??= detected;
        var form = LanguageTag.IsMandarin(language) ? SpokenForm.Pinyin : SpokenForm.Text;
        var preparer = services.GetRequiredService<SpeechTextPreparer>();
        try
        {
            foreach (var sentence in paragraphs.SelectMany(p => SentenceSplitter.Split(p)))
            {
                var prepared = preparer.Prepare(sentence, language, form, PronunciationLexicon.Empty);
                if (prepared.Length > 0)
                {
                    output.WriteLine(prepared);
                }
            }
        }
        catch (FileNotFoundException exception)
        {
            error.WriteLine($"a11yfeed: {exception.Message}");
            return 1;
        }

        return 0;
    }

    private static async Task<(IReadOnlyList<string> Paragraphs, string Language, string? Error)> LoadAsync(
        string path, TextReader input, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            var articles = new ArticleLoader(services.GetRequiredService<ArticlePageLoader>());
            var (_, article, problem) = await articles.LoadAsync(path, cancellationToken);
            return article is null ? ([], "en", problem) : ([article.Title, .. article.Paragraphs], article.Language, null);
        }

        string text;
        try
        {
            text = path == "-" ? await input.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ([], "en", exception.Message);
        }

        var paragraphs = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return (paragraphs, LanguageDetector.Detect(null, null, text), null);
    }
}
