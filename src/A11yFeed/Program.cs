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
using Microsoft.Extensions.Options;

// A start-up refusal (bad sources, settings or data folder) prints its message and exits with its own code.
return await StartupRefusal.GuardAsync(
    () => CommandLine.IsVerb(args) ? CommandLine.RunAsync(args)
        : args is ["migrate", .. var rest] ? MigrateAsync(rest)
        : ServeAsync(args),
    Console.Error);

static async Task<int> ServeAsync(string[] args)
{
    var app = Build(args);
    app.UseResponseCompression();
    app.UseAdminGate();
    await app.Services.PrepareAsync();

    // A worker serves its health only; the web and all-in-one roles serve everything.
    app.MapHealth();
    if (app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.Role != JobsRole.Worker)
    {
        app.MapPages();
        app.MapTranscripts();
        app.MapFeeds();
        app.MapBulletins();
        app.MapMedia();
        app.MapAdmin();
        app.MapJobsDashboard();
    }

    await app.RunAsync();
    return 0;
}

// Brings the database and job schemas up to date with the same settings as serve, then exits: run once by a deploy
// before the new version's processes start.
static async Task<int> MigrateAsync(string[] args)
{
    await using var app = Build(args);
    await app.Services.PrepareAsync();
    Console.WriteLine("a11yfeed: the database and job schemas are up to date");
    return 0;
}

static WebApplication Build(string[] args)
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
    return builder.Build();
}

/// <summary>The entry point, named for the test host.</summary>
public partial class Program;
