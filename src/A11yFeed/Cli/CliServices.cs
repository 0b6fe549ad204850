using A11yFeed.Audio;
using A11yFeed.Episodes;
using A11yFeed.Extraction;
using A11yFeed.Fetching;
using A11yFeed.Hosting;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;

namespace A11yFeed.Cli;

/// <summary>
/// The services a command-line verb needs: the pipeline stages, without web host, jobs or database. Speech and
/// audio come only with a media directory to write episodes into; the engines alone when asked for.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? mediaDirectory = null, bool speech = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services
            .AddHosting()
            .AddFetching(builder.Configuration)
            .AddExtraction()
            .AddText(builder.Configuration);
        if (mediaDirectory is not null)
        {
            // Speaking verbs write their episode straight into the folder the user named.
            builder.Services
                .AddSpeech(builder.Configuration)
                .AddAudio(builder.Configuration)
                .AddEpisodes()
                .AddSingleton<IMediaStore>(new LocalDiskMediaStore(mediaDirectory));
        }

        else if (speech)
        {
            // Engines and their choice without audio or a media store: for verbs that show what an engine would get.
            builder.Services.AddSpeech(builder.Configuration);
        }

        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
