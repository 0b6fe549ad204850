namespace A11yFeed.Admin;

/// <summary>Endpoint metadata that puts an endpoint behind <see cref="AdminGate"/>.</summary>
public sealed class AdminSurface
{
    public static readonly AdminSurface Metadata = new();

    private AdminSurface()
    {
    }
}
