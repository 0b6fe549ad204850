using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("  a   b \t c  ", "a b c")]
    [InlineData("\u3000\u3000按照省委统一部署", "按照省委统一部署")]
    [InlineData("记者\u00A0吴禹涵", "记者 吴禹涵")]
    [InlineData("零\u200B宽\uFEFF字\u200D符", "零宽字符")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("line\r\nbreak", "line break")]
    public void Normalise_CollapsesWhitespaceAndDropsInvisibles(string input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Theory]
    [InlineData("工作 。 下一步", "工作。下一步")]
    [InlineData("他说 ， 好 ！", "他说，好！")]
    [InlineData("（ 记者 张三 ）", "（记者 张三）")]
    [InlineData("Hello , world !", "Hello, world!")]
    public void Normalise_MakesPunctuationSpacingConsistent(string input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Normalise_KeepsSpacesBetweenChineseWordsThatThePageChose() =>
        Assert.Equal("宋铭参加 贾瑞云虞平段向东陪同", TextNormaliser.Normalise("宋铭参加\u00A0 贾瑞云虞平段向东陪同"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u200B\u3000 ")]
    public void Normalise_BlankBecomesEmpty(string? input) => Assert.Equal(string.Empty, TextNormaliser.Normalise(input));
}
