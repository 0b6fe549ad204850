using A11yFeed.Speech.Azure;

namespace A11yFeed.Tests.Speech.Azure;

public class AzureTextPiecesTests
{
    [Fact]
    public void Pieces_KeepsAShortTextWhole() =>
        Assert.Equal(["One sentence. Two sentences."], AzureSpeechEngine.Pieces("  One sentence. Two sentences. ", 1000));

    [Fact]
    public void Pieces_GathersWholeSentencesUpToTheLimit()
    {
        var text = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"Sentence number {i} is here."));

        var pieces = AzureSpeechEngine.Pieces(text, 100);

        Assert.True(pieces.Count > 5);
        Assert.All(pieces, p => Assert.True(p.Length <= 100 && p.EndsWith('.'), p));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Pieces_CutsAnOverlongSentenceAtCommas()
    {
        var text = string.Concat(Enumerable.Repeat("老年人可以免费乘坐公交，", 40)) + "详情请咨询社区。";

        var pieces = AzureSpeechEngine.Pieces(text, 100);

        Assert.All(pieces, p => Assert.True(p.Length <= 100, p));
        Assert.All(pieces.Take(pieces.Count - 1), p => Assert.EndsWith("，", p));
        Assert.Equal(text, string.Concat(pieces).Replace(" ", "", StringComparison.Ordinal));
    }
}
