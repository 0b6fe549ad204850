using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

public class PolyphoneModelTests
{
    private static PolyphoneModel Fitted(double margin)
    {
        var model = new PolyphoneModel(0.5, margin, double.PositiveInfinity);
        for (var i = 0; i < 5; i++)
        {
            model.Add('行', "hang2", ["D:xing2", "L1:银", "R1:业"]);
        }

        model.Add('行', "xing2", ["D:xing2", "L1:步", "R1:走"]);
        return model;
    }

    [Fact]
    public void Choose_FollowsTheEvidenceOnlyPastTheMargin()
    {
        Assert.Equal("hang2", Fitted(1).Choose('行', "xing2", ["D:xing2", "L1:银", "R1:业"], insideWord: false));
        Assert.Equal("xing2", Fitted(1).Choose('行', "xing2", ["D:xing2", "L1:银", "R1:业"], insideWord: true));
        Assert.Equal("xing2", Fitted(100).Choose('行', "xing2", ["D:xing2", "L1:银", "R1:业"], insideWord: false));
        Assert.Equal("xing2", Fitted(1).Choose('行', "xing2", ["D:xing2", "L1:步", "R1:走"], insideWord: false));
    }

    [Fact]
    public void Choose_InsideAWord_OverridesOnlyWithThatWordSeen()
    {
        var model = new PolyphoneModel(0.5, 0, 0);
        model.Add('会', "kuai4", ["D:kuai4", "W:会计"]);
        for (var i = 0; i < 5; i++)
        {
            model.Add('会', "hui4", ["D:kuai4", "W:会稽"]);
        }

        Assert.Equal("kuai4", model.Choose('会', "kuai4", ["D:kuai4", "W:会计"], insideWord: true));
        Assert.Equal("hui4", model.Choose('会', "kuai4", ["D:kuai4", "W:会稽"], insideWord: true));
    }

    [Fact]
    public void Choose_LeavesCharactersItNeverSawAlone() => Assert.Equal("le5", Fitted(0).Choose('了', "le5", ["L1:走"], insideWord: false));

    [Fact]
    public void WriteThenRead_ChoosesTheSame()
    {
        var model = Fitted(1);
        using var written = new StringWriter();
        model.Write(written);
        var read = PolyphoneModel.Read(new StringReader(written.ToString()));

        Assert.Equal(model.Smoothing, read.Smoothing);
        Assert.Equal(model.Margin, read.Margin);
        Assert.Equal(model.WordMargin, read.WordMargin);
        var features = new List<string> { "D:xing2", "L1:银", "R1:走" };
        Assert.Equal(model.Best('行', "xing2", features, 0.5, insideWord: false), read.Best('行', "xing2", features, 0.5, insideWord: false));
    }
}
