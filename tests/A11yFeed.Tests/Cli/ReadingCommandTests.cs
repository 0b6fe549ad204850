using A11yFeed.Cli;

namespace A11yFeed.Tests.Cli;

public class ReadingCommandTests
{
    [Fact]
    public async Task Reading_StandardInputInChinese_PrintsPinyinPerSentence()
    {
        var (code, lines, _) = await RunAsync("银行今年增长3.5%。行走在长江边！\n\n会议于9:30召开。", "-");

        Assert.Equal(0, code);
        Assert.Equal(
        [
            "yin2 hang2 jin1 nian2 zeng1 zhang3 bai3 fen1 zhi1 san1 dian3 wu3",
            "xing2 zou3 zai4 chang2 jiang1 bian1",
            "hui4 yi4 yu2 jiu2 dian3 san1 shi2 fen1 zhao4 kai1",
        ], lines);
    }

    [Fact]
    public async Task Reading_HtmlArticle_ReadsTitleThenBodyAsPinyin()
    {
        var (code, lines, _) = await RunAsync("", Path.Combine(RepositoryPaths.Feeds, "demo", "zh", "library-hours.html"));

        Assert.Equal(0, code);
        Assert.StartsWith("shi4 tu2 shu1 guan3 yan2 chang2 zhou1 mo4 kai1 fang4 shi2 jian1", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("cong2 shi2 er4 yue4", StringComparison.Ordinal));
        Assert.All(lines.SelectMany(l => l.Split(' ')), syllable => Assert.Matches("^[a-z]+[1-5]$", syllable));
    }

    [Fact]
    public async Task Reading_EnglishOrLangOverride_PrintsNormalisedText()
    {
        var english = await RunAsync("Prices rose 3.5% in May. Rents fell.", "-");
        var overridden = await RunAsync("银行 3.5%", "--lang", "en", "-");

        Assert.Equal(["Prices rose 3.5 percent in May.", "Rents fell."], english.Lines);
        Assert.Equal(["银行 3.5 percent"], overridden.Lines);
    }

    [Fact]
    public async Task Reading_PlainTextFile_IsReadLikeStandardInput()
    {
        var path = Path.Combine(Path.GetTempPath(), $"a11yfeed-reading-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "重庆的重要会议。");
        try
        {
            var (code, lines, _) = await RunAsync("", path);

            Assert.Equal(0, code);
            Assert.Equal(["chong2 qing4 de5 zhong4 yao4 hui4 yi4"], lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reading_WithoutOnePath_IsAUsageErrorAndAMissingFileIsReported()
    {
        var none = await RunAsync("");
        var unknown = await RunAsync("", "--fast", "-");
        var missing = await RunAsync("", Path.Combine(Path.GetTempPath(), "a11yfeed-no-such-file.txt"));

        Assert.Equal(2, none.Code);
        Assert.Equal(2, unknown.Code);
        Assert.Equal(1, missing.Code);
        Assert.Contains("a11yfeed-no-such-file.txt", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_Json_ShowsEngineLanguageInputAndEachWordsReading()
    {
        var (code, lines, _) = await RunAsync("重庆的重要会议。\nThe mayor said: We are ready.", "--json", "-");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(string.Join('\n', lines));
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("espeak-ng", sentences[0].GetProperty("engine").GetString());
        Assert.Equal("zh-CN", sentences[0].GetProperty("language").GetString());
        Assert.Equal("chong2 qing4 de5 zhong4 yao4 hui4 yi4", sentences[0].GetProperty("input").GetString());
        var spans = sentences[0].GetProperty("spans").EnumerateArray().Select(s => (s.GetProperty("text").GetString(), s.GetProperty("reading").GetString())).ToList();
        Assert.Equal([("重庆", "chong2 qing4"), ("的", "de5"), ("重要", "zhong4 yao4"), ("会议", "hui4 yi4")], spans);
    }

    [Fact]
    public async Task Reading_EnglishSentenceInChineseArticle_IsPrintedAsTheEnglishVoiceGetsIt()
    {
        // Once printed as spelt pinyin letters while the renderer sent it to the English voice as text.
        var (code, lines, _) = await RunAsync("银行今天开门。\nThe mayor said: We are ready.", "--json", "-");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(string.Join('\n', lines));
        var english = json.RootElement.GetProperty("sentences")[1];
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.Equal("text", english.GetProperty("form").GetString());
        Assert.Equal("The mayor said: We are ready.", english.GetProperty("input").GetString());
        Assert.Equal("The mayor said: We are ready.", english.GetProperty("spans")[0].GetProperty("reading").GetString());
    }

    [Fact]
    public void Reading_IsAVerb() => Assert.True(CommandLine.IsVerb(["reading", "-"]));

    private static async Task<(int Code, List<string> Lines, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ReadingCommand.RunAsync(args, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList(), error.ToString());
    }
}
