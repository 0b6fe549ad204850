namespace A11yFeed.Admin;

public static class AdminGateApplicationBuilderExtensions
{
    /// <summary>The admin gate (<see cref="AdminGate"/>); runs after routing, so it sees which endpoint was chosen.</summary>
    public static IApplicationBuilder UseAdminGate(this IApplicationBuilder app) => app.UseMiddleware<AdminGate>();
}
