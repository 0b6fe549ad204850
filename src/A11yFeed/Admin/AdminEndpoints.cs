using A11yFeed.Jobs;
using A11yFeed.Sources;
using A11yFeed.Storage;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace A11yFeed.Admin;

public static class AdminEndpoints
{
    /// <summary>/admin: per-source health (with each source's last error) and "poll now", behind <see cref="AdminGate"/>.</summary>
    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").WithMetadata(AdminSurface.Metadata);
        group.AddEndpointFilter(async (context, next) =>
            AdminGate.HasAdmitted(context.HttpContext) ? await next(context) : Results.StatusCode(StatusCodes.Status403Forbidden));

        group.MapGet("/sources", ListSourcesAsync);
        group.MapPost("/sources/{id}/poll", PollNow);
        return group;
    }

    private static async Task<Ok<List<SourceHealth>>> ListSourcesAsync(SourceCatalog catalog, A11yFeedDbContext db, CancellationToken cancellationToken)
    {
        var states = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var counts = await db.Articles.AsNoTracking()
            .GroupBy(a => new { a.SourceId, a.Status })
            .Select(g => new { g.Key.SourceId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var health = catalog.All.OrderBy(s => s.Id, StringComparer.Ordinal).Select(source =>
        {
            var state = states.GetValueOrDefault(source.Id);
            var byStatus = counts.Where(c => c.SourceId == source.Id).ToDictionary(c => c.Status.ToString(), c => c.Count);
            return new SourceHealth(source.Id, source.Title, state?.LastPolledAt, state?.LastSucceededAt,
                state?.ConsecutiveFailures ?? 0, state?.LastError, byStatus);
        }).ToList();
        return TypedResults.Ok(health);
    }

    private static Results<Accepted, NotFound> PollNow(string id, SourceCatalog catalog, IBackgroundJobClient jobs)
    {
        if (catalog.Find(id) is null)
        {
            return TypedResults.NotFound();
        }

        jobs.Enqueue<PollSourceJob>(job => job.PollAsync(id, CancellationToken.None));
        return TypedResults.Accepted((string?)null);
    }

    public sealed record SourceHealth(
        string Id,
        string Title,
        DateTimeOffset? LastPolledAt,
        DateTimeOffset? LastSucceededAt,
        int ConsecutiveFailures,
        string? LastError,
        Dictionary<string, int> Articles);
}
