using A11yFeed.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bulletins;

/// <summary>Keeps the one recurring job that refreshes the daily bulletins (<see cref="RefreshBulletinsJob"/>).</summary>
public sealed class BulletinSchedule(IRecurringJobManager recurring, IOptions<BulletinOptions> options) : IHostedService
{
    public const string RecurringJobId = "refresh-bulletins";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var minutes = (int)options.Value.RefreshInterval.TotalMinutes;
        recurring.AddOrUpdate<RefreshBulletinsJob>(
            RecurringJobId, JobQueues.Pipeline, job => job.RunAsync(), minutes == 60 ? Cron.Hourly() : Cron.MinuteInterval(minutes));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
