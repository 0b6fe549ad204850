using A11yFeed.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Text;

public class TextServiceCollectionExtensionsTests
{
    [Fact]
    public void AddText_RegistersOneSharedPreparer()
    {
        using var provider = new ServiceCollection().AddText(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<SpeechTextPreparer>(), provider.GetRequiredService<SpeechTextPreparer>());
        Assert.Equal("yin2 hang2", provider.GetRequiredService<SpeechTextPreparer>().Prepare("银行", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));
    }

    [Fact]
    public void AddText_ReadsThePinyinDataPathFromTheTextSection()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"a11yfeed-no-pinyin-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Text:PinyinDataPath"] = missing }).Build();
        using var provider = new ServiceCollection().AddText(configuration).BuildServiceProvider();
        var preparer = provider.GetRequiredService<SpeechTextPreparer>();

        var error = Assert.Throws<FileNotFoundException>(() => preparer.Prepare("银行", "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Equal("银行", preparer.Prepare("银行", "zh-CN", SpokenForm.Text, PronunciationLexicon.Empty));
    }
}
