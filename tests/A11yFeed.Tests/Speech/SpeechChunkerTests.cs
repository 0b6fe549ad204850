using A11yFeed.Speech;

namespace A11yFeed.Tests.Speech;

public class SpeechChunkerTests
{
    [Fact]
    public void Split_KeepsShortParagraphWhole() =>
        Assert.Equal(["One sentence. Two sentences."], SpeechChunker.Split("  One sentence. Two sentences.  ", 200));

    [Fact]
    public void Split_CutsAtSentenceEnds()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Sentence number {i} is here."));

        var chunks = SpeechChunker.Split(paragraph, 200).ToList();

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Length <= 200, c));
        Assert.All(chunks, c => Assert.EndsWith(".", c));
        Assert.Equal(Squash(paragraph), Squash(string.Concat(chunks)));
    }

    [Fact]
    public void Split_CutsChineseAtFullStops()
    {
        var paragraph = string.Concat(Enumerable.Repeat("市政府今天发布了新的公交线路通知。", 30));

        var chunks = SpeechChunker.Split(paragraph, 200).ToList();

        Assert.All(chunks, c => Assert.True(c.Length <= 200 && c.EndsWith('。'), c));
        Assert.Equal(paragraph, string.Concat(chunks));
    }

    [Fact]
    public void Split_CutsOverlongSentenceAtSpacesAndNeverSplitsSurrogatePairs()
    {
        var words = string.Join(" ", Enumerable.Repeat("word", 300));
        var emoji = string.Concat(Enumerable.Repeat("𠀀", 300));

        var wordChunks = SpeechChunker.Split(words, 200).ToList();
        var emojiChunks = SpeechChunker.Split(emoji, 201).ToList();

        Assert.All(wordChunks, c => Assert.True(c.Length <= 200 && !c.StartsWith(' ') && c.EndsWith("word"), c));
        Assert.Equal(Squash(words), Squash(string.Concat(wordChunks)));
        Assert.All(emojiChunks, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.Equal(emoji, string.Concat(emojiChunks));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
