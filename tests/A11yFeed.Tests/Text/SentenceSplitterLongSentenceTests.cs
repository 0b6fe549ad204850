using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>What the speech stage relies on: no sentence longer than one engine run should be, nothing lost.</summary>
public class SentenceSplitterLongSentenceTests
{
    [Fact]
    public void Split_CutsAtSentenceEnds()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Sentence number {i} is here."));

        var sentences = SentenceSplitter.Split(paragraph, 200);

        Assert.Equal(40, sentences.Count);
        Assert.All(sentences, c => Assert.EndsWith(".", c));
        Assert.Equal(Squash(paragraph), Squash(string.Concat(sentences)));
    }

    [Fact]
    public void Split_CutsChineseAtFullStops()
    {
        var paragraph = string.Concat(Enumerable.Repeat("市政府今天发布了新的公交线路通知。", 30));

        var sentences = SentenceSplitter.Split(paragraph, 200);

        Assert.Equal(30, sentences.Count);
        Assert.Equal(paragraph, string.Concat(sentences));
    }

    [Fact]
    public void Split_CutsOverlongSentenceAtSpacesAndNeverSplitsSurrogatePairs()
    {
        var words = string.Join(" ", Enumerable.Repeat("word", 300));
        var rare = string.Concat(Enumerable.Repeat("𠀀", 300));

        var wordPieces = SentenceSplitter.Split(words, 200);
        var rarePieces = SentenceSplitter.Split(rare, 201);

        Assert.All(wordPieces, c => Assert.True(c.Length <= 200 && !c.StartsWith(' ') && c.EndsWith("word"), c));
        Assert.Equal(Squash(words), Squash(string.Concat(wordPieces)));
        Assert.All(rarePieces, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.Equal(rare, string.Concat(rarePieces));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
