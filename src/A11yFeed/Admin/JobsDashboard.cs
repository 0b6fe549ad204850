using Hangfire;
using Hangfire.Dashboard;

namespace A11yFeed.Admin;

public static class JobsDashboard
{
    /// <summary>
    /// The Hangfire dashboard at /hangfire, behind <see cref="AdminGate"/>. Its own actions also carry an antiforgery
    /// token, which Hangfire checks because <see cref="AdminServiceCollectionExtensions.AddAdmin"/> registers antiforgery.
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdmittedByGate()],
            AsyncAuthorization = [],
            DashboardTitle = "A11yFeed jobs",
            DisplayStorageConnectionString = false,
        }).WithMetadata(AdminSurface.Metadata);
        return app;
    }

    private sealed class AdmittedByGate : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => AdminGate.HasAdmitted(context.GetHttpContext());
    }
}
