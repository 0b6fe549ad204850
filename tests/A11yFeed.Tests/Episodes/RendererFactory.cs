using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Tests.Episodes;

/// <summary>Builds the episode renderer as the application wires it, with the real espeak-ng engine first.</summary>
internal static class RendererFactory
{
    public static EpisodeRenderer Create(IMediaStore store, string workFolder, SpeechOptions? speech = null, AudioOptions? audio = null, params ISpeechEngine[] extra)
    {
        var speechOptions = Options.Create(speech ?? new SpeechOptions());
        audio ??= new AudioOptions();
        audio.WorkDirectory ??= workFolder;
        var audioOptions = Options.Create(audio);
        ISpeechEngine[] engines = extra.Any(e => e.Name == EspeakSpeechEngine.EngineName)
            ? extra
            : [new EspeakSpeechEngine(speechOptions, NullLogger<EspeakSpeechEngine>.Instance), .. extra];
        var cache = new SpeechCache(speechOptions, TimeProvider.System, NullLogger<SpeechCache>.Instance);
        return new EpisodeRenderer(
            new SpeechEngineSelector(engines, speechOptions), new SpeechTextPreparer(), new EpisodeAssembler(cache, speechOptions), cache,
            new Mp3Encoder(audioOptions), store, audioOptions, speechOptions, NullLogger<EpisodeRenderer>.Instance);
    }
}
