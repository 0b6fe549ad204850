namespace A11yFeed.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>What every part of the service shares: the clock and the admin gate.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<AdminAccess>();
        return services;
    }
}
