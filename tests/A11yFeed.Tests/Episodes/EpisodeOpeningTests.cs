using A11yFeed.Episodes;
using A11yFeed.Model;

namespace A11yFeed.Tests.Episodes;

public class EpisodeOpeningTests
{
    private static EpisodeScript Script(string language, string title, string? source, DateTimeOffset? published, bool speakOpening = true) =>
        new("audio/x.mp3", language, new VoiceSettings { SpeakOpening = speakOpening }, title, source, published, ["Body."], null, "Album");

    [Theory]
    [InlineData("zh-CN", "2020年2月27日")]
    [InlineData("ja", "2020年2月27日")]
    [InlineData("en", "27 February 2020")]
    [InlineData("en-GB", "27 February 2020")]
    [InlineData("en-US", "February 27, 2020")]
    [InlineData("de", "27. Februar 2020")]
    [InlineData("fr-FR", "27 février 2020")]
    [InlineData("es", "27 de febrero de 2020")]
    [InlineData("tlh", "27 February 2020")]
    public void FormatDate_ReadsNaturallyPerLanguage(string language, string expected) =>
        Assert.Equal(expected, EpisodeOpening.FormatDate(new DateOnly(2020, 2, 27), language));

    [Fact]
    public void Build_ChineseOpeningHasTitleThenSourceAndDate() =>
        Assert.Equal(
            ["关于调整公交线路的通知。", "上海市交通委员会，2020年2月27日。"],
            EpisodeOpening.Build(Script("zh-CN", "关于调整公交线路的通知", "上海市交通委员会", new DateTimeOffset(2020, 2, 27, 23, 30, 0, TimeSpan.FromHours(8)))));

    [Fact]
    public void Build_UsesTheSourcesOwnCalendarDay() =>
        Assert.Equal(
            ["New bus routes!", "City Hall, 1 March 2020."],
            EpisodeOpening.Build(Script("en", " New bus routes! ", "City Hall", new DateTimeOffset(2020, 3, 1, 0, 30, 0, TimeSpan.FromHours(8)))));

    [Fact]
    public void Build_LeavesOutWhatIsMissing()
    {
        Assert.Equal(["Title."], EpisodeOpening.Build(Script("en", "Title", null, null)));
        Assert.Equal(["Title.", "2 January 2021."], EpisodeOpening.Build(Script("en-GB", "Title", " ", new DateTimeOffset(2021, 1, 2, 8, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void Build_IsEmptyWhenTheSourceTurnsItOff() =>
        Assert.Empty(EpisodeOpening.Build(Script("en", "Title", "Source", null, speakOpening: false)));
}
