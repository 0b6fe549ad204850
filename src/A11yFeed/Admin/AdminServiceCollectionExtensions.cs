namespace A11yFeed.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The admin gate that /admin and /hangfire share (section "Admin").</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<AdminAccess>();
        return services;
    }
}
