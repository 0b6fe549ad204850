using Microsoft.Extensions.Options;

namespace A11yFeed.Model;

public static class ValidatedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to a configuration section and checks it when the host starts, not on first use.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
