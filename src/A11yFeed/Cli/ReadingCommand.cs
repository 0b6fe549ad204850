using System.Text.Encodings.Web;
using System.Text.Json;
using A11yFeed.Episodes;
using A11yFeed.Extraction;
using A11yFeed.Model;
using A11yFeed.Speech;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Cli;

/// <summary>
/// <c>a11yfeed reading [--lang TAG] [--json] PATH_OR_-</c>: prints, one sentence per line, exactly what the engine is
/// given for a text (for espeak-ng, pinyin for Chinese and normalised text otherwise; an English sentence in a Chinese
/// article goes to the English voice as text), so a wrong reading can be found without listening. With --json, each
/// sentence with its engine, language and input, and each span of it with its reading.
/// </summary>
internal static class ReadingCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? language = null;
        var json = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                language = args[++i];
            }
            else if (args[i] == "--json")
            {
                json = true;
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

        await using var services = CliServices.Build(speech: true);
        var (paragraphs, detected, problem) = await LoadAsync(paths[0], input, services, cancellationToken);
        if (problem is not null)
        {
            error.WriteLine($"a11yfeed: {paths[0]}: {problem}");
            return 1;
        }

        language ??= detected;
        var preparer = services.GetRequiredService<SpeechTextPreparer>();
        var engine = services.GetRequiredService<SpeechEngineSelector>().Choose(new VoiceSettings(), language).Engine;
        var maxChars = services.GetRequiredService<IOptions<SpeechOptions>>().Value.MaxSentenceChars;

        // The renderer's own sentence step, so that what is printed is what the engine would be sent.
        var script = new EpisodeScript("", language, new VoiceSettings { SpeakOpening = false }, "", null, null, paragraphs, null, "");
        try
        {
            var sentences = EpisodeSentences.Build(script, engine, preparer, maxChars);
            if (!json)
            {
                foreach (var sentence in sentences)
                {
                    output.WriteLine(sentence.Spoken);
                }

                return 0;
            }

            var shown = sentences.Select(s => new
            {
                paragraph = s.Paragraph,
                text = s.Text,
                engine = engine.Name,
                language = s.Language,
                form = engine.InputFormFor(s.Language) == SpokenForm.Pinyin ? "pinyin" : "text",
                input = s.Spoken,
                spans = preparer.Spans(s.Text, s.Language, engine.InputFormFor(s.Language), PronunciationLexicon.Empty),
            });
            output.WriteLine(JsonSerializer.Serialize(new { language, sentences = shown }, Json));
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
