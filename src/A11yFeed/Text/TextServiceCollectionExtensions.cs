using A11yFeed.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace A11yFeed.Text;

public static class TextServiceCollectionExtensions
{
    /// <summary>Registers the speech text front end (<see cref="SpeechTextPreparer"/>) and its options (section "Text").</summary>
    public static IServiceCollection AddText(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TextOptions>(configuration, TextOptions.Section);
        services.TryAddSingleton(sp => new SpeechTextPreparer(sp.GetRequiredService<IOptions<TextOptions>>()));
        return services;
    }
}
