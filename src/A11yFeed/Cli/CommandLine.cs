namespace A11yFeed.Cli;

/// <summary>
/// The verbs of the <c>a11yfeed</c> executable. <c>serve</c> (the default) runs the web host; the others run one
/// pipeline stage on the inputs given and exit.
/// </summary>
public static class CommandLine
{
    private const string Usage = """
        Usage:
          a11yfeed [serve] [--urls http://127.0.0.1:5080] [--Section:Key=value ...]
              Run the web service and the job workers (the default); Jobs:Role=Web or Worker runs one part.
          a11yfeed migrate [--Section:Key=value ...]
              Bring the database and job schemas up to date with serve's settings, then exit.
          a11yfeed extract [--json] PATH_OR_URL...
              Extract each article; with --json, one JSON object per line, in input order.
          a11yfeed speak PATH_OR_URL --out DIR
              Run the whole pipeline for one article: DIR receives the MP3 and the article as JSON.
          a11yfeed reading [--lang TAG] [--json] PATH_OR_-
              Print, one sentence per line, what the speech engine is given (pinyin for Chinese); - reads standard input;
              with --json, each sentence with its engine, language and input, and each word with its reading.
          a11yfeed import-opml FILE [--feeds-dir DIR]
              Write a feed source definition for each feed in an OPML file (never overwrites; skips known feeds).
          a11yfeed help
        """;

    public static bool IsVerb(string[] args) => args is ["extract" or "speak" or "reading" or "import-opml" or "help" or "--help" or "-h", ..];

    public static string[] WithoutServeVerb(string[] args) => args is ["serve", .. var rest] ? rest : args;

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return args switch
        {
            ["extract", .. var rest] => await ExtractCommand.RunAsync(rest, Console.Out, Console.Error, cancellation.Token),
            ["speak", .. var rest] => await SpeakCommand.RunAsync(rest, Console.Out, Console.Error, cancellation.Token),
            ["reading", .. var rest] => await ReadingCommand.RunAsync(rest, Console.In, Console.Out, Console.Error, cancellation.Token),
            ["import-opml", .. var rest] => ImportOpmlCommand.Run(rest, Console.Out, Console.Error),
            _ => PrintUsage(),
        };
    }

    public static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"a11yfeed: {message}");
        error.WriteLine(Usage);
        return 2;
    }

    private static int PrintUsage()
    {
        Console.WriteLine(Usage);
        return 0;
    }
}
