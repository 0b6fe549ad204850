using A11yFeed.Text;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Text;

/// <summary>Runs alone, so that the memory it measures is the loader's own.</summary>
[CollectionDefinition(nameof(PinyinDataLoaderTests), DisableParallelization = true)]
[Collection(nameof(PinyinDataLoaderTests))]
public class PinyinDataLoaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_ReadsWordsAndCharactersAsNumberedPinyin()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var dictionary = PinyinDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "pinyin-data"));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{dictionary.Count} entries, longest word {dictionary.MaxWordLength}, {(after - before) / 1048576.0:F0} MB held");

        Assert.True(dictionary.Count > 300_000);
        Assert.True(dictionary.TryGet("银行", out var bank));
        Assert.Equal("yin2 hang2", bank.Pinyin);
        Assert.True(dictionary.TryGet("绿", out var green));
        Assert.Equal("lv4", green.Pinyin);
        Assert.True(dictionary.TryGet("不", out var not));
        Assert.Equal("bu4", not.Pinyin);
        Assert.True(after - before < 150L * 1024 * 1024, "the dictionary should hold well under 150 MB");
        GC.KeepAlive(dictionary);
    }

    [Fact]
    public void Load_MissingData_NamesTheInstallScript()
    {
        var empty = Directory.CreateTempSubdirectory("a11yfeed-no-pinyin-");
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => PinyinDataLoader.Load(empty.FullName));
            Assert.Contains("scripts/speech-data", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
