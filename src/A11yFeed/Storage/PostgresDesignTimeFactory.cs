using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace A11yFeed.Storage;

/// <summary>
/// What <c>dotnet ef migrations add --context PostgresA11yFeedDbContext</c> builds the model with
/// (scripts/add-migration). Adding a migration never connects, so no server is needed.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresA11yFeedDbContext>
{
    public PostgresA11yFeedDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresA11yFeedDbContext>().UseNpgsql("Host=localhost;Database=a11yfeed").Options);
}
