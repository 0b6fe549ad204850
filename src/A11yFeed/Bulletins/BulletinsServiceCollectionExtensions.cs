using A11yFeed.Model;
using Microsoft.AspNetCore.ResponseCompression;

namespace A11yFeed.Bulletins;

public static class BulletinsServiceCollectionExtensions
{
    /// <summary>
    /// Bulletin options (section "Bulletins"), the daily bulletin's builder, jobs and schedule, and the daily feeds'
    /// writers; they need AddEpisodes, AddPublishing, AddFeeds and AddJobs.
    /// </summary>
    public static IServiceCollection AddBulletins(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<BulletinOptions>(configuration, BulletinOptions.Section);
        services.AddSingleton<BulletinCalendar>();
        services.AddSingleton<BulletinStore>();
        services.AddSingleton<BulletinRenderer>();
        services.AddSingleton<DailyRssWriter>();
        services.AddScoped<BulletinEpisodes>();
        services.AddScoped<BulletinBuilder>();
        services.AddScoped<BuildBulletinJob>();
        services.AddScoped<RefreshBulletinsJob>();
        services.AddHostedService<BulletinSchedule>();
        services.Configure<ResponseCompressionOptions>(options => options.MimeTypes = [.. options.MimeTypes, ChaptersJsonWriter.MediaType, "text/vtt"]);
        return services;
    }
}
