using A11yFeed.Model;
using A11yFeed.Tests.Hosting;
using A11yFeed.Tests.Publishing;
using Xunit.Abstractions;

namespace A11yFeed.Tests.Web;

/// <summary>An article page, with its styles and script, stays under 60 KB uncompressed (audio aside).</summary>
public sealed class PageWeightTests(ITestOutputHelper output)
{
    private const int Budget = 60 * 1024;

    [Theory]
    [InlineData("/articles/1")]
    [InlineData("/large-print/articles/1")]
    public async Task LongReadAlongArticle_StaysWithinTheBudget(string path)
    {
        await using var host = A11yFeedApplication.StartWithSamples();
        // A long municipal notice: 3,000 Chinese characters in 100 timed sentences, 20 paragraphs.
        var sentences = Enumerable.Range(0, 100)
            .Select(i => new SentenceTiming(i / 5, i * 6000L, i * 6000L + 5500, $"第{i + 100}句话说明社区助老服务的安排和电话号码请老人放心使用。"))
            .ToList();
        var article = SampleArticles.Ready("city", "long", "一篇很长的通知", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        article.Text = string.Join("\n\n", sentences.GroupBy(s => s.Paragraph).Select(p => string.Concat(p.Select(s => s.Text))));
        article.SentenceTimingsJson = SentenceTimingsJson.Serialise(sentences);
        await host.AddArticlesAsync(article);

        var html = await BytesAsync(host, path);
        var css = await BytesAsync(host, "/site.css");
        var js = await BytesAsync(host, "/read-along.js");
        var page = System.Text.Encoding.UTF8.GetString(html);

        output.WriteLine($"{path}: HTML {html.Length} + CSS {css.Length} + JS {js.Length} = {html.Length + css.Length + js.Length} bytes");
        Assert.True(article.Text.Length >= 3000, $"the article has only {article.Text.Length} characters");
        Assert.Equal(100, System.Text.RegularExpressions.Regex.Count(page, "<span class=\"s\""));
        Assert.True(html.Length + css.Length + js.Length < Budget,
            $"{path}: HTML {html.Length} + CSS {css.Length} + JS {js.Length} bytes is over {Budget}");
    }

    private static async Task<byte[]> BytesAsync(A11yFeedApplication host, string path)
    {
        // No Accept-Encoding: the bytes counted are the uncompressed ones.
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} returned {(int)response.StatusCode}");
        Assert.Null(response.Content.Headers.ContentEncoding.FirstOrDefault());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
