namespace A11yFeed.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// Key that opens the dashboard and admin endpoints from anywhere (header <c>X-Admin-Key</c>, or
    /// <c>?key=</c> once, which sets a cookie). Unset by default: set it through configuration or the
    /// environment (<c>Admin__Key</c>), never in a committed file.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>
    /// Requests from the machine itself are admitted without a key. Turn off behind a reverse proxy on the
    /// same machine, where every request looks local.
    /// </summary>
    public bool AllowLoopback { get; set; } = true;
}
