namespace A11yFeed.Tests.Storage;

/// <summary>A fact that needs a PostgreSQL server (see <see cref="PostgresServer"/>); skipped only when PostgreSQL is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable)
        {
            Skip = "PostgreSQL is not installed (apt-get install postgresql, or scripts/system-packages test), and A11YFEED_TEST_POSTGRES names no server";
        }
    }
}
