using A11yFeed.Audio;
using A11yFeed.Extraction;
using A11yFeed.Fetching;
using A11yFeed.Hosting;
using A11yFeed.Speech;
using A11yFeed.Storage;

namespace A11yFeed.Cli;

/// <summary>The services a command-line verb needs: the pipeline stages, without web host, jobs or database.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? mediaDirectory = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services
            .AddHosting(builder.Configuration)
            .AddFetching(builder.Configuration)
            .AddExtraction()
            .AddSpeech(builder.Configuration)
            .AddAudio(builder.Configuration);
        if (mediaDirectory is not null)
        {
            builder.Services.AddSingleton<IMediaStore>(new LocalDiskMediaStore(mediaDirectory));
        }

        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
