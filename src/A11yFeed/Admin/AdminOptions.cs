using System.ComponentModel.DataAnnotations;

namespace A11yFeed.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// Key that opens the dashboard and admin endpoints from anywhere: in a header (<c>Authorization: Bearer</c> or
    /// <c>X-A11yFeed-Admin-Key</c>), or once in the address (<c>?key=</c>), which is exchanged for a signed session
    /// cookie. Unset by default: set it through configuration or the environment (<c>Admin__Key</c>), never in a
    /// committed file.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>
    /// Requests from the machine itself are admitted without a key. Turn off behind a reverse proxy on the
    /// same machine, where every request looks local.
    /// </summary>
    public bool AllowLoopback { get; set; } = true;

    /// <summary>
    /// Host names the admin surface answers to besides <c>localhost</c>, IP addresses and the host of
    /// <c>Feeds:PublicBaseUrl</c>. Any other name is refused, so a page whose name was rebound to this machine
    /// cannot reach it.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>How long the session cookie that <c>?key=</c> issues stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
