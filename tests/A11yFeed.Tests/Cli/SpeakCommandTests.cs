using System.Text.Json;
using A11yFeed.Cli;
using A11yFeed.Tests.Audio;

namespace A11yFeed.Tests.Cli;

public class SpeakCommandTests
{
    [Fact]
    public async Task Speak_WritesAnMp3AndTheArticleWithItsExactDuration()
    {
        var outDir = Directory.CreateTempSubdirectory("a11yfeed-speak-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var input = Path.Combine(RepositoryPaths.Feeds, "demo", "en", "flu-clinics.txt");

            var code = await SpeakCommand.RunAsync([input, "--out", outDir], output, error, CancellationToken.None);

            Assert.True(code == 0, error.ToString());
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "flu-clinics.json")));
            var article = json.RootElement;
            Assert.Equal("Free flu clinics for people over sixty-five", article.GetProperty("title").GetString());
            var audio = article.GetProperty("audio");
            var mp3 = audio.GetProperty("file").GetString()!;
            Assert.Equal(Path.Combine(outDir, "flu-clinics.mp3"), mp3);
            Assert.Equal(new FileInfo(mp3).Length, audio.GetProperty("bytes").GetInt64());
            AudioTestTools.AssertDecodes(mp3);
            var decoded = (long)AudioTestTools.DecodedDuration(mp3).TotalMilliseconds;
            Assert.InRange(audio.GetProperty("durationMs").GetInt64(), decoded - 50, decoded + 50);
            Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
            var timings = A11yFeed.Model.SentenceTimingsJson.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "flu-clinics.timings.json")));
            Assert.Equal("Free flu clinics for people over sixty-five.", timings[0].Text);
            Assert.InRange(timings[^1].EndMs, 1, audio.GetProperty("durationMs").GetInt64());
            var vtt = await File.ReadAllTextAsync(Path.Combine(outDir, "flu-clinics.vtt"));
            Assert.StartsWith("WEBVTT\n", vtt, StringComparison.Ordinal);
            Assert.Equal(timings.Count, vtt.Split(" --> ").Length - 1);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task Speak_WithoutOut_IsAUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await SpeakCommand.RunAsync(["article.html"], output, error, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("--out", error.ToString(), StringComparison.Ordinal);
    }
}
