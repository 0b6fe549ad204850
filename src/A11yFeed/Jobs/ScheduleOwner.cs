using A11yFeed.Storage;
using Microsoft.Extensions.Options;

namespace A11yFeed.Jobs;

/// <summary>
/// Makes exactly one process of those sharing the database own the source schedule: the first job-running process to
/// take the schedule lock (<see cref="DatabaseLocks.TryLockScheduleAsync"/>) queues again the work left half done
/// (<see cref="UnfinishedWorkRecovery"/>) and keeps the recurring poll (<see cref="SourceSchedule"/>); the others check
/// every <see cref="JobsOptions.ScheduleTakeoverInterval"/> and one takes over when the owner dies, because the
/// database releases the lock with its session. A web process never owns it.
/// </summary>
public sealed class ScheduleOwner(
    DatabaseLocks locks,
    IServiceScopeFactory scopes,
    IOptions<JobsOptions> options,
    ILogger<ScheduleOwner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Role == JobsRole.Web)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await using (var held = await TryTakeAsync(stoppingToken))
            {
                if (held is not null)
                {
                    await using (var scope = scopes.CreateAsyncScope())
                    {
                        await scope.ServiceProvider.GetRequiredService<UnfinishedWorkRecovery>().RecoverAsync(stoppingToken);
                        scope.ServiceProvider.GetRequiredService<SourceSchedule>().Start();
                    }

                    logger.LogInformation("This process owns the source schedule");
                    await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }
            }

            await Task.Delay(settings.ScheduleTakeoverInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<IAsyncDisposable?> TryTakeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await locks.TryLockScheduleAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not ask the database who owns the source schedule; asking again later");
            return null;
        }
    }
}
