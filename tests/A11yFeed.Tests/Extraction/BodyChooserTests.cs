using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

/// <summary>The shipped second-opinion rule: the gate asks SmartReader where we are unsure, the fitted chooser keeps the better body.</summary>
public class BodyChooserTests
{
    private static readonly Uri Url = new("https://news.example.org/2008/01/story.html");

    private static readonly string[] Story =
    [
        "The city council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had moved.",
        "Engineers told the council that the bridge, built in 1921, could still carry people on foot and bicycles, but that lorries and buses would have to use the ring road.",
        "Shopkeepers on both banks said they feared losing trade, and asked the council to run a free shuttle bus across the new bridge downstream while the work lasts.",
        "The council's transport committee will publish a plan for the shuttle in March, and repairs to the piers are expected to take two years and cost about 14 million pounds.",
    ];

    // Our body as an unsure block model leaves it on a page whose story sits in a frame it missed: a comment thread, longer than the story.
    private static readonly string[] CommentThread =
    [
        .. Enumerable.Range(1, 14).SelectMany(i => new[]
        {
            $"Posted by reader{i} on 12 Jan 2008 at 10:{i:D2}pm",
            i % 2 == 0 ? "Totally agree with the last poster, about time" : "Report abuse | Reply | Recommend (3)",
            $"what a joke this council is lol {i}",
        }),
    ];

    private static ExtractionResult Ours(IReadOnlyList<string> paragraphs, double confidence, double minimum, double linkDensity) =>
        new ExtractionResult(new ExtractedArticle { Title = "Old river bridge to close to cars", Language = "en", Paragraphs = paragraphs }, null)
        {
            Confidence = confidence,
            MinimumProbability = minimum,
            LinkDensity = linkDensity,
        };

    private static (ExtractionResult Result, bool Asked) Consider(ExtractionResult ours, IReadOnlyList<string> second)
    {
        var asked = false;
        var result = SecondOpinion.Consider(ours, "<html></html>", Url, ExtractionParameters.Shipped, (_, _) =>
        {
            asked = true;
            return string.Join('\n', second);
        });
        return (result, asked);
    }

    [Fact]
    public void Consider_TakesTheSecondBody_WhenOursIsACommentThreadAndItsIsTheStory()
    {
        var ours = Ours(CommentThread, confidence: 0.45, minimum: 0.25, linkDensity: 0.2);
        Assert.True(CommentThread.Sum(p => p.Length) > Story.Sum(p => p.Length), "the comments must be the longer body, or length alone would decide");

        var (result, asked) = Consider(ours, Story);

        Assert.True(asked);
        Assert.True(result.UsedSecondOpinion);
        Assert.Equal(Story, result.Article!.Paragraphs);
        Assert.Equal("Old river bridge to close to cars", result.Article.Title);
    }

    [Fact]
    public void Consider_DoesNotAskTheSecondExtractor_WhenTheModelIsSure()
    {
        var ours = Ours(Story, confidence: 0.99, minimum: 0.95, linkDensity: 0);

        var (result, asked) = Consider(ours, CommentThread);

        Assert.False(asked);
        Assert.Same(ours, result);
    }

    [Fact]
    public void Features_MeasureHowMuchOfEachBodyTheOtherHolds()
    {
        var ours = Ours(Story, confidence: 0.5, minimum: 0.3, linkDensity: 0);

        var features = BodyChooser.Features(ours, [Story[0]]);

        Assert.Equal(BodyChooser.Count, features.Length);
        Assert.Equal(1.0, features[Array.IndexOf(BodyChooser.Names, "second_in_ours")], 3);
        Assert.InRange(features[Array.IndexOf(BodyChooser.Names, "ours_in_second")], 0.15, 0.35);
    }
}
