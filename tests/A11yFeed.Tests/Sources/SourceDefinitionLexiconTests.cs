using A11yFeed.Sources;

namespace A11yFeed.Tests.Sources;

public sealed class SourceDefinitionLexiconTests : IDisposable
{
    private readonly string _feeds = Directory.CreateTempSubdirectory("a11yfeed-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_feeds, recursive: true);

    [Fact]
    public void Load_ReadsTheVoiceLexicon()
    {
        File.WriteAllText(Path.Combine(_feeds, "city.json"), """
            {"title":"City","kind":"feed","location":"https://x.example.org/feed",
             "voice":{"lexicon":{"重庆":"chong2 qing4","WHO":"世界卫生组织","绿道":"lü4 dao4"}}}
            """);

        var source = Assert.Single(SourceCatalogLoader.Load(_feeds).All);

        Assert.Equal("chong2 qing4", source.Voice.Lexicon["重庆"]);
        Assert.Equal("世界卫生组织", source.Voice.Lexicon["WHO"]);
        Assert.Equal("lü4 dao4", source.Voice.Lexicon["绿道"]);
    }

    [Fact]
    public void Load_ReportsBadLexiconEntries()
    {
        var path = Path.Combine(_feeds, "bad.json");
        File.WriteAllText(path, """
            {"title":"Bad","kind":"feed","location":"https://x.example.org/feed",
             "voice":{"lexicon":{"重庆":"chong7 qing4","攀枝花":"","":"kong4","银行":3}}}
            """);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.Contains(error.Problems, p => p.StartsWith($"{path}: 'voice.lexicon.重庆': 'chong7'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith($"{path}: 'voice.lexicon.攀枝花': must be pinyin", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith($"{path}: 'voice.lexicon.银行': must be pinyin", StringComparison.Ordinal));
        Assert.Contains($"{path}: 'voice.lexicon': has an empty word", error.Problems);
    }
}
