using System.Net;
using A11yFeed.Jobs;
using A11yFeed.Tests.Storage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace A11yFeed.Tests.Hosting;

/// <summary>The roles of one process on a shared PostgreSQL database: what each serves and whether it runs jobs.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class JobsRoleTests
{
    [PostgresFact]
    public async Task Web_ServesFeedsAndHealth_AndRunsNoJobServer() => await WithRoleAsync(JobsRole.Web, async app =>
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative))).StatusCode);
        Assert.Empty(app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers());
    });

    [PostgresFact]
    public async Task Worker_ServesOnlyHealth_AndRunsItsQueues() => await WithRoleAsync(JobsRole.Worker, async app =>
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        for (var attempt = 0; monitoring.Servers().Count < 3 && attempt < 600; attempt++)
        {
            await Task.Delay(50); // servers announce themselves just after the host starts
        }

        var servers = monitoring.Servers();
        // Speech workers set to 0: that queue has no server in this process. Polls have two: one listening worker,
        // and the rest polling quietly.
        Assert.Equal(
            [[JobQueues.Pipeline, "default"], [JobQueues.Poll], [JobQueues.Poll]],
            servers.OrderBy(s => s.Queues[0], StringComparer.Ordinal).Select(s => s.Queues.ToArray()));
    });

    private static async Task WithRoleAsync(JobsRole role, Func<A11yFeedApplication, Task> test)
    {
        var connectionString = PostgresServer.CreateDatabase();
        try
        {
            await using var app = new A11yFeedApplication().WithSampleSources()
                .With("Storage:Provider", "Postgres")
                .With("Storage:ConnectionString", connectionString)
                .With("Jobs:Role", role.ToString())
                .With("Jobs:SpeechWorkers", "0");
            await test(app);
        }
        finally
        {
            PostgresServer.DropDatabase(connectionString);
        }
    }
}
