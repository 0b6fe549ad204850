using A11yFeed.Episodes;
using A11yFeed.Model;
using A11yFeed.Storage;
using A11yFeed.Tests.Audio;
using A11yFeed.Tests.Speech;

namespace A11yFeed.Tests.Episodes;

/// <summary>Whole episodes from the real engine and encoder, measured by ffmpeg's EBU R128 meter.</summary>
public sealed class EpisodeLoudnessTests : IDisposable
{
    private readonly SpeechTestFolder _folder = new();

    [Theory]
    [InlineData("en-GB", "The council opens new bus routes for older residents. Buses run every ten minutes from the station, and volunteers help at the door. Tea is free for everyone who comes along on Monday.")]
    [InlineData("zh-CN", "十二路公交车从下周一起停靠市图书馆门口的车站，方便老年读者。每十分钟一班，早上六点开始运营。志愿者将在门口帮忙引导乘客上下车。")]
    public async Task Render_EpisodeIsAtMinus19LufsWithTruePeakUnderMinus1(string language, string paragraph)
    {
        var store = new LocalDiskMediaStore(_folder.Combine("media"));
        var script = new EpisodeScript("audio/loud.mp3", language, new VoiceSettings(), "Loudness", "City Hall", null, [paragraph, paragraph], null, "News");

        await RendererFactory.Create(store, _folder.Combine("work")).RenderAsync(script, default);

        var (integrated, truePeak) = LoudnessTestTools.Ebur128(store.TryResolve("audio/loud.mp3")!);
        Assert.InRange(integrated, -20, -18);
        Assert.True(truePeak <= -1.0, $"true peak {truePeak} dBTP");
    }

    public void Dispose() => _folder.Dispose();
}
