using A11yFeed.Storage;

namespace A11yFeed.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health</c>, in every role: 200 once the article database answers, 503 while it does not, so a load balancer
    /// or systemd's watchdog can tell a process that cannot work from one that can.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (A11yFeedDbContext db, CancellationToken cancellationToken) =>
            await CanConnectAsync(db, cancellationToken)
                ? Results.Text("ok\n")
                : Results.Text("the database does not answer\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    private static async Task<bool> CanConnectAsync(A11yFeedDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }
}
