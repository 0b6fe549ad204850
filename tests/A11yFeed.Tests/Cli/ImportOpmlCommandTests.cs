using A11yFeed.Cli;

namespace A11yFeed.Tests.Cli;

public sealed class ImportOpmlCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("a11yfeed-import-").FullName;

    [Fact]
    public void Run_PrintsEachCreatedFileAndEachSkippedFeed()
    {
        var opml = Path.Combine(_folder, "subscriptions.opml");
        File.WriteAllText(opml, """
            <opml version="2.0"><body>
              <outline text="Harbour Radio" xmlUrl="https://radio.example.org/podcast.rss" language="en"/>
              <outline text="Harbour Radio again" xmlUrl="https://radio.example.org/podcast.rss"/>
            </body></opml>
            """);
        var feeds = Path.Combine(_folder, "feeds");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ImportOpmlCommand.Run([opml, "--feeds-dir", feeds], output, error);

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith($"created {Path.Combine(feeds, "harbour-radio.json")}  Harbour Radio  <https://radio.example.org/podcast.rss>", lines[0], StringComparison.Ordinal);
        Assert.Equal("skipped <https://radio.example.org/podcast.rss>: already the location of source 'harbour-radio'", lines[1]);
        Assert.Equal("1 sources created, 1 feeds skipped.", lines[2]);
        Assert.True(File.Exists(Path.Combine(feeds, "harbour-radio.json")));
    }

    [Theory]
    [InlineData]
    [InlineData("--feeds-dir")]
    [InlineData("a.opml", "b.opml")]
    public void Run_WrongArguments_IsAUsageError(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, ImportOpmlCommand.Run(args, output, error));
        Assert.Contains("import-opml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ReportsItAndFails()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(1, ImportOpmlCommand.Run([Path.Combine(_folder, "none.opml"), "--feeds-dir", _folder], output, error));
        Assert.Contains("none.opml", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
