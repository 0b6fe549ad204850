using System.Xml.Linq;
using A11yFeed.Speech.Azure;

namespace A11yFeed.Tests.Speech.Azure;

public class AzureSsmlTests
{
    private static readonly XNamespace Ssml = "http://www.w3.org/2001/10/synthesis";

    [Theory]
    [InlineData(1.0, "0%")]
    [InlineData(0.9, "-10%")]
    [InlineData(1.25, "+25%")]
    [InlineData(0.1, "-50%")]
    [InlineData(5.0, "+100%")]
    [InlineData(double.NaN, "0%")]
    [InlineData(-2, "0%")]
    public void RatePercent_IsRelativeToNormalWithinTheServiceRange(double rate, string expected) =>
        Assert.Equal(expected, AzureSsml.RatePercent(rate));

    [Fact]
    public void Build_WritesSpeakVoiceAndProsodyWithTheTextEscaped()
    {
        const string text = "A & B <break time=\"5s\"/> 'quoted' 市政府";

        var document = XDocument.Parse(AzureSsml.Build(text, "zh-CN", "zh-CN-XiaoxiaoNeural", 0.9));

        var speak = document.Root!;
        Assert.Equal(Ssml + "speak", speak.Name);
        Assert.Equal("1.0", (string?)speak.Attribute("version"));
        Assert.Equal("zh-CN", (string?)speak.Attribute(XNamespace.Xml + "lang"));
        var voice = Assert.Single(speak.Elements(Ssml + "voice"));
        Assert.Equal("zh-CN-XiaoxiaoNeural", (string?)voice.Attribute("name"));
        var prosody = Assert.Single(voice.Elements(Ssml + "prosody"));
        Assert.Equal("-10%", (string?)prosody.Attribute("rate"));
        Assert.False(prosody.HasElements);
        Assert.Equal(text, prosody.Value);
    }

    [Fact]
    public void Build_DropsCharactersXmlCannotCarryButKeepsSurrogatePairs()
    {
        var document = XDocument.Parse(AzureSsml.Build("Bell\u0007 and 𠀀 and \uD800 lone", "en", "en-US-AvaMultilingualNeural", 1));

        Assert.Equal("Bell and 𠀀 and  lone", document.Root!.Value);
    }
}
