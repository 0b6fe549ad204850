using A11yFeed.Admin;
using A11yFeed.Audio;
using A11yFeed.Bulletins;
using A11yFeed.Cli;
using A11yFeed.Episodes;
using A11yFeed.Extraction;
using A11yFeed.Feeds;
using A11yFeed.Fetching;
using A11yFeed.Hosting;
using A11yFeed.Jobs;
using A11yFeed.Publishing;
using A11yFeed.Sources;
using A11yFeed.Speech;
using A11yFeed.Storage;
using A11yFeed.Text;
using A11yFeed.Web;

// A start-up refusal (bad sources, settings or data folder) prints its message and exits with its own code.
return await StartupRefusal.GuardAsync(
    () => CommandLine.IsVerb(args) ? CommandLine.RunAsync(args) : ServeAsync(args), Console.Error);

static async Task<int> ServeAsync(string[] args)
{
    // Settings files ship beside the executable; relative data and feeds paths resolve against the working directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = CommandLine.WithoutServeVerb(args),
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Services
        .AddHosting()
        .AddSources(builder.Configuration)
        .AddFetching(builder.Configuration)
        .AddExtraction()
        .AddText(builder.Configuration)
        .AddSpeech(builder.Configuration)
        .AddAudio(builder.Configuration)
        .AddEpisodes()
        .AddStorage(builder.Configuration)
        .AddPublishing(builder.Configuration)
        .AddFeeds()
        .AddJobs(builder.Configuration)
        .AddBulletins(builder.Configuration)
        .AddAdmin(builder.Configuration);

    var app = builder.Build();
    app.UseResponseCompression();
    app.UseAdminGate();
    await app.Services.PrepareAsync();

    app.MapPages();
    app.MapTranscripts();
    app.MapFeeds();
    app.MapBulletins();
    app.MapMedia();
    app.MapAdmin();
    app.MapJobsDashboard();

    await app.RunAsync();
    return 0;
}

/// <summary>The entry point, named for the test host.</summary>
public partial class Program;
