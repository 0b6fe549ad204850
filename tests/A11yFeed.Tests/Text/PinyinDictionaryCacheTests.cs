using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>Each test loads the whole dictionary more than once; they run alone so as not to disturb the loader's memory measurement.</summary>
[Collection(nameof(PinyinDataLoaderTests))]
public sealed class PinyinDictionaryCacheTests : IDisposable
{
    private static readonly string Installed = Path.Combine(AppContext.BaseDirectory, "pinyin-data");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("a11yfeed-pinyin-cache-");

    public PinyinDictionaryCacheTests()
    {
        File.Copy(Path.Combine(Installed, PinyinDataLoader.WordsFile), Path.Combine(_folder.FullName, PinyinDataLoader.WordsFile));
        File.Copy(Path.Combine(Installed, PinyinDataLoader.CharactersFile), Path.Combine(_folder.FullName, PinyinDataLoader.CharactersFile));
    }

    private string CachePath => Path.Combine(_folder.FullName, PinyinDictionaryCache.FileName);

    [Fact]
    public void Load_FromTheCache_HoldsEveryEntryOfTheSources()
    {
        var parsed = PinyinDataLoader.LoadSources(Path.Combine(_folder.FullName, PinyinDataLoader.WordsFile), Path.Combine(_folder.FullName, PinyinDataLoader.CharactersFile));

        PinyinDataLoader.Load(_folder.FullName, out var firstFromCache);
        var cached = PinyinDataLoader.Load(_folder.FullName, out var secondFromCache);

        Assert.False(firstFromCache);
        Assert.True(secondFromCache);
        Assert.Equal(parsed.Count, cached.Count);
        Assert.Equal(parsed.MaxWordLength, cached.MaxWordLength);
        foreach (var (word, reading) in parsed.Entries)
        {
            Assert.True(cached.TryGet(word, out var fromCache), word);
            Assert.Equal(reading, fromCache);
        }
    }

    [Fact]
    public void Load_AfterTheSourcesChange_RebuildsTheCache()
    {
        PinyinDataLoader.Load(_folder.FullName);
        var wordsPath = Path.Combine(_folder.FullName, PinyinDataLoader.WordsFile);
        var words = File.ReadAllText(wordsPath);
        Assert.Contains("\"yín háng\"", words, StringComparison.Ordinal);
        File.WriteAllText(wordsPath, words.Replace("\"yín háng\"", "\"yín xíng\"", StringComparison.Ordinal));

        var dictionary = PinyinDataLoader.Load(_folder.FullName, out var fromCache);
        PinyinDataLoader.Load(_folder.FullName, out var nextFromCache);

        Assert.False(fromCache);
        Assert.True(nextFromCache);
        Assert.True(dictionary.TryGet("银行", out var bank));
        Assert.Equal("yin2 xing2", bank.Pinyin);
    }

    [Fact]
    public void Load_DamagedCache_ReadsTheSourcesAndReplacesIt()
    {
        PinyinDataLoader.Load(_folder.FullName);
        var whole = File.ReadAllBytes(CachePath);
        File.WriteAllBytes(CachePath, whole[..(whole.Length / 2)]);

        var dictionary = PinyinDataLoader.Load(_folder.FullName, out var fromCache);

        Assert.False(fromCache);
        Assert.True(dictionary.TryGet("银行", out var bank));
        Assert.Equal("yin2 hang2", bank.Pinyin);
        Assert.Equal(whole, File.ReadAllBytes(CachePath));
        Assert.Empty(_folder.GetFiles("*.tmp"));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
