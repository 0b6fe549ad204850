using A11yFeed.Model;
using A11yFeed.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace A11yFeed.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin gate that /admin and /hangfire share (section "Admin"), and the data protection keys that sign its
    /// session cookie and the dashboard's antiforgery tokens, kept in <c>keys/</c> under the data folder.
    /// </summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions>(configuration, AdminOptions.Section);

        // One application name, not the default (the install path), so every process over the same data agrees.
        services.AddDataProtection().SetApplicationName("A11yFeed");
        // Read when the key ring is first used, so a data folder set later (command line, tests) counts.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((keys, storage, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(AdminKeyRing.Directory(storage.Value), logging));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "a11yfeed-antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton<AdminHosts>();
        services.AddSingleton<AdminSession>();
        services.AddSingleton<AdminAccess>();
        return services;
    }
}
