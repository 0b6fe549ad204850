using System.Text.Json;
using A11yFeed.Cli;

namespace A11yFeed.Tests.Cli;

public class ExtractCommandTests
{
    [SharedFact]
    public async Task Extract_Json_ReadsTheSeedPage()
    {
        var (code, lines, _) = await RunAsync("--json", RepositoryPaths.Seed);

        Assert.Equal(0, code);
        var article = Assert.Single(lines).RootElement;
        Assert.Equal("补短板堵漏洞强弱项 分区分级做好精准防控工作统筹做好经济社会发展各方面工作", article.GetProperty("title").GetString());
        Assert.Equal("宋铭参加 贾瑞云虞平段向东陪同", article.GetProperty("subtitle").GetString());
        Assert.Equal("攀枝花日报社", article.GetProperty("source").GetString());
        Assert.StartsWith("2020-02-27T00:00:00+08:00", article.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Equal("zh-CN", article.GetProperty("lang").GetString());
        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("按照省委统一部署", text, StringComparison.Ordinal);
        Assert.EndsWith("(记者 吴禹涵)", text, StringComparison.Ordinal);
        Assert.Contains(article.GetProperty("captions").EnumerateArray(), c => c.GetString()!.EndsWith("(特约摄影师 王东 摄)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_Json_KeepsInputOrderAndReportsEachFailure()
    {
        var missing = Path.Combine(Path.GetTempPath(), "a11yfeed-no-such-file.html");
        var (code, lines, error) = await RunAsync(
            "--json",
            Path.Combine(RepositoryPaths.Feeds, "demo", "zh", "library-hours.html"),
            missing,
            Path.Combine(RepositoryPaths.Feeds, "demo", "en", "park-benches.html"));

        Assert.Equal(1, code);
        Assert.Equal(3, lines.Count);
        Assert.Equal("市图书馆延长周末开放时间", lines[0].RootElement.GetProperty("title").GetString());
        Assert.Equal("示例市文化和旅游局", lines[0].RootElement.GetProperty("source").GetString());
        Assert.Equal("2026-11-20T09:30:00+08:00", lines[0].RootElement.GetProperty("published").GetString());
        Assert.Equal(missing, lines[1].RootElement.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lines[1].RootElement.GetProperty("error").GetString()));
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Equal("New benches and shade come to Riverside Park", lines[2].RootElement.GetProperty("title").GetString());
        Assert.Equal("en", lines[2].RootElement.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task Extract_WithoutInputs_IsAUsageError()
    {
        var (code, lines, error) = await RunAsync("--json");

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, List<JsonDocument> Lines, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ExtractCommand.RunAsync(args, output, error, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        return (code, lines, error.ToString());
    }
}
