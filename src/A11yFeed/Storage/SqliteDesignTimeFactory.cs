using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace A11yFeed.Storage;

/// <summary>
/// What <c>dotnet ef migrations add --context SqliteA11yFeedDbContext</c> builds the model with (scripts/add-migration),
/// so the tool never starts the web host or its workers. It never opens the file.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteA11yFeedDbContext>
{
    public SqliteA11yFeedDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteA11yFeedDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
