using Hangfire;
using Hangfire.Dashboard;

namespace A11yFeed.Admin;

public static class JobsDashboard
{
    /// <summary>The Hangfire dashboard at /hangfire, for loopback or the admin key only.</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        var access = app.ServiceProvider.GetRequiredService<AdminAccess>();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter(access)],
            AsyncAuthorization = [],
            DashboardTitle = "A11yFeed jobs",
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    private sealed class AdminDashboardFilter(AdminAccess access) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => access.IsAllowed(context.GetHttpContext());
    }
}
