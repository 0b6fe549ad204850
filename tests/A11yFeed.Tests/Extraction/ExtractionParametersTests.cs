using A11yFeed.Extraction;

namespace A11yFeed.Tests.Extraction;

public class ExtractionParametersTests
{
    [Fact]
    public void Shipped_LoadsAWeightForEveryFeature()
    {
        var shipped = ExtractionParameters.Shipped;

        Assert.Equal(BlockFeatures.Count, shipped.Weights.Length);
        Assert.Contains(shipped.Weights, w => w != 0);
    }

    [Fact]
    public void Format_ThenParse_GivesTheSameParameters()
    {
        var fitted = new ExtractionParameters
        {
            Weights = [.. Enumerable.Range(0, BlockFeatures.Count).Select(i => i * 0.25 - 1)],
            KeepAbove = 0.3,
            AddAbove = 0.9,
            ChineseKeepAbove = 0.2,
            SecondOpinionBelowLength = 600,
            SecondOpinionBelowConfidence = 0.5,
            ChooserWeights = [.. Enumerable.Range(0, BodyChooser.Count).Select(i => 0.5 - i * 0.125)],
            ChooserAbove = 0.6,
        };

        var parsed = ExtractionParameters.Parse(fitted.Format("# test\n"));

        Assert.Equal(fitted.Weights, parsed.Weights);
        Assert.Equal((0.2, 1.01), (parsed.ChineseKeepAbove, parsed.ChineseAddAbove));
        Assert.Equal(fitted.ChooserWeights, parsed.ChooserWeights);
        Assert.Equal((0.3, 0.9, 600, 0.5, 0.6), (parsed.KeepAbove, parsed.AddAbove, parsed.SecondOpinionBelowLength, parsed.SecondOpinionBelowConfidence, parsed.ChooserAbove));
    }

    [Fact]
    public void Parse_WithoutAChooser_NeverAsksASecondOpinion() =>
        Assert.False(ExtractionParameters.Parse("keep_above\t0.2\n").AsksSecondOpinion);

    [Fact]
    public void Parse_RefusesAChooserFeatureItDoesNotHave() =>
        Assert.Throws<FormatException>(() => ExtractionParameters.Parse("chooser\tcolour_of_the_sky\t1\n"));

    [Fact]
    public void Parse_RefusesAFeatureTheModelDoesNotHave() =>
        Assert.Throws<FormatException>(() => ExtractionParameters.Parse("weight\tcolour_of_the_sky\t1\n"));
}
