namespace A11yFeed.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>What every part of the service shares: the clock.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
