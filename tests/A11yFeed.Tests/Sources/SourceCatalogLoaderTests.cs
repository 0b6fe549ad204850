using A11yFeed.Sources;

namespace A11yFeed.Tests.Sources;

public sealed class SourceCatalogLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("a11yfeed-sources-").FullName;
    private readonly string _feeds;

    public SourceCatalogLoaderTests()
    {
        _feeds = Path.Combine(_root, "feeds");
        Directory.CreateDirectory(Path.Combine(_feeds, "demo", "zh"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ReadsAValidFolderSource_ResolvingItsLocationAgainstTheFile()
    {
        Write("demo-zh.json", """
            {"id":"demo-zh","title":"示例","kind":"folder","location":"demo/zh","language":"zh-CN","description":"Local demo",
             "pollInterval":"00:30:00","voice":{"engine":null,"voice":null,"rate":0.9,"speakOpening":true},
             "fetchFullText":false,"linkSelector":null,"maxItems":50}
            """);

        var source = Assert.Single(SourceCatalogLoader.Load(_feeds).All);

        Assert.Equal("demo-zh", source.Id);
        Assert.Equal(SourceKind.Folder, source.Kind);
        Assert.Equal(Path.Combine(_feeds, "demo", "zh"), source.Location);
        Assert.Equal(TimeSpan.FromMinutes(30), source.PollInterval);
        Assert.Equal(0.9, source.Voice.Rate);
        Assert.Equal("zh-CN", source.Language);
        Assert.EndsWith("demo-zh.json", source.DefinitionFile);
    }

    [Fact]
    public void Load_AppliesDefaults_AndTakesTheIdFromTheFileName()
    {
        Write("town.json", """{"title":"Town","kind":"feed","location":"https://town.example.org/rss.xml"}""");

        var source = SourceCatalogLoader.Load(_feeds).Find("town");

        Assert.NotNull(source);
        Assert.Equal("auto", source.Language);
        Assert.Equal(50, source.MaxItems);
        Assert.True(source.Voice.SpeakOpening);
    }

    [Fact]
    public void Load_AcceptsAUtf8ByteOrderMark()
    {
        // A file saved "UTF-8 with BOM" was refused as "line 1, position 1: not valid JSON".
        var file = Path.Combine(_feeds, "town.json");
        File.WriteAllText(file, """{"title":"Town","kind":"feed","location":"https://town.example.org/rss.xml"}""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var source = SourceCatalogLoader.Load(_feeds).Find("town");

        Assert.Equal(0xEF, File.ReadAllBytes(file)[0]);
        Assert.Equal("Town", source?.Title);
    }

    [Fact]
    public void Load_IgnoresUnderscoreDotAndReadmeFiles()
    {
        Write("_draft.json", "{ not json");
        Write(".hidden.json", "{ not json");
        Write("README.md", "# docs");

        Assert.Empty(SourceCatalogLoader.Load(_feeds).All);
    }

    [Fact]
    public void Load_ReportsEveryProblem_NamingFileAndField()
    {
        Write("bad.json", """
            {"id":"Bad_Id","title":"","kind":"feed","location":"ftp://x.example.org/feed",
             "pollInterval":"00:00:30","voice":{"rate":3},"maxItems":0,"linkSelector":"a[[","colour":"red"}
            """);
        Write("nofolder.json", """{"title":"Gone","kind":"folder","location":"missing/folder"}""");
        Write("weird.json", """{"title":"Weird","kind":"podcast","location":"https://x.example.org/"}""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        var bad = Path.Combine(_feeds, "bad.json");
        Assert.Contains($"{bad}: 'id': 'Bad_Id' must match ^[a-z0-9][a-z0-9-]{{0,63}}$ (lower-case letters, digits, hyphens)", error.Problems);
        Assert.Contains($"{bad}: 'title': is required", error.Problems);
        Assert.Contains($"{bad}: 'location': must be an absolute http(s) URL for kind 'feed'", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith($"{bad}: 'pollInterval':") && p.Contains("at least one minute"));
        Assert.Contains(error.Problems, p => p.StartsWith($"{bad}: 'voice.rate':") && p.Contains("between 0.5 and 2"));
        Assert.Contains(error.Problems, p => p.StartsWith($"{bad}: 'maxItems':") && p.Contains("between 1 and 500"));
        Assert.Contains(error.Problems, p => p.StartsWith($"{bad}: 'linkSelector':"));
        Assert.Contains(error.Problems, p => p.StartsWith($"{bad}: 'colour': is not a known field"));
        Assert.Contains(error.Problems, p => p.StartsWith($"{Path.Combine(_feeds, "nofolder.json")}: 'location': folder ") && p.Contains("does not exist"));
        Assert.Contains($"{Path.Combine(_feeds, "weird.json")}: 'kind': 'podcast' must be one of feed, page, folder", error.Problems);
        Assert.Contains("bad.json", error.Message);
        Assert.Contains("nofolder.json", error.Message);
    }

    [Fact]
    public void Load_ReportsMalformedJsonWithItsLine()
    {
        Write("broken.json", "{\n  \"title\": \"Broken\",\n  \"kind\": \"feed\"\n  \"location\": \"https://x.example.org/\"\n}");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.StartsWith($"{Path.Combine(_feeds, "broken.json")}: line 4,", Assert.Single(error.Problems));
    }

    [Fact]
    public void Load_RequiresTheIdToMatchTheFileName()
    {
        Write("alpha.json", """{"id":"beta","title":"A","kind":"feed","location":"https://a.example.org/rss"}""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.Contains("'id': 'beta' must equal the file name", Assert.Single(error.Problems));
    }

    // A source called "all" would be hidden behind the combined feed at /feeds/all.rss.
    [Fact]
    public void Load_RefusesTheIdOfTheCombinedFeed()
    {
        Write("all.json", """{"title":"A","kind":"feed","location":"https://a.example.org/rss"}""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.Contains("'id': 'all' is reserved", Assert.Single(error.Problems));
    }

    [Fact]
    public void Load_ReportsWrongTypes()
    {
        Write("types.json", """{"title":"T","kind":"page","location":"https://a.example.org/","maxItems":"ten","fetchFullText":"yes"}""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.Contains(error.Problems, p => p.Contains("'maxItems': must be a whole number"));
        Assert.Contains(error.Problems, p => p.Contains("'fetchFullText': must be true or false"));
    }

    [Fact]
    public void Load_MissingFolder_IsASourceDefinitionError()
    {
        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(Path.Combine(_root, "nowhere")));

        Assert.Contains("does not exist", Assert.Single(error.Problems));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_feeds, name), text);
}
