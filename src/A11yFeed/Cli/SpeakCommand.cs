using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Extraction;
using A11yFeed.Hosting;
using A11yFeed.Model;

namespace A11yFeed.Cli;

/// <summary><c>a11yfeed speak PATH_OR_URL --out DIR</c>: load, extract, speak, encode; DIR gets NAME.mp3, NAME.json, NAME.timings.json and NAME.vtt.</summary>
internal static class SpeakCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var outIndex = Array.IndexOf(args, "--out");
        var inputs = args.Where((_, i) => i != outIndex && i != outIndex + 1).ToList();
        if (outIndex < 0 || outIndex + 1 >= args.Length || inputs is not [var input] || input.StartsWith("--", StringComparison.Ordinal))
        {
            return CommandLine.UsageError(error, "speak takes one path or URL and --out DIR.");
        }

        var outDir = Path.GetFullPath(args[outIndex + 1]);
        WritableFolder.Ensure(outDir, "--out");

        await using var services = CliServices.Build(outDir);
        var articles = new ArticleLoader(services.GetRequiredService<ArticlePageLoader>());
        var (url, article, problem) = await articles.LoadAsync(input, cancellationToken);
        if (article is null)
        {
            error.WriteLine($"a11yfeed: {input}: {problem}");
            return 1;
        }

        var name = FileNameFor(url);
        var script = new EpisodeScript(
            name + ".mp3", article.Language, new VoiceSettings(), article.Title, article.Source, article.Published,
            article.Paragraphs, url.AbsoluteUri, article.Source ?? "A11yFeed");
        try
        {
            var episode = await services.GetRequiredService<EpisodeRenderer>().RenderAsync(script, cancellationToken);
            var record = ArticleJson.From(url, article) with
            {
                Audio = new AudioJson(Path.Combine(outDir, episode.MediaKey), episode.Bytes, (long)Math.Round(episode.Duration.TotalMilliseconds)),
            };
            var jsonPath = Path.Combine(outDir, name + ".json");
            await WriteAtomicallyAsync(Path.Combine(outDir, name + ".timings.json"), SentenceTimingsJson.Serialise(episode.Sentences) + "\n", cancellationToken);
            await WriteAtomicallyAsync(Path.Combine(outDir, name + ".vtt"), WebVttWriter.Write(episode.Sentences), cancellationToken);
            await WriteAtomicallyAsync(jsonPath, record.ToJsonLine() + "\n", cancellationToken);
            output.WriteLine($"{record.Audio.File} ({record.Audio.DurationMs / 1000.0:0.0} s, {record.Audio.Bytes} bytes)");
            output.WriteLine(jsonPath);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            error.WriteLine($"a11yfeed: {input}: speech failed: {exception.Message}");
            return 1;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The input's file name without extension, made safe as a media key; "article" when there is none.</summary>
    private static string FileNameFor(Uri url)
    {
        var stem = Path.GetFileNameWithoutExtension(url.IsFile ? url.LocalPath : url.AbsolutePath);
        var safe = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? "article" : safe;
    }
}
