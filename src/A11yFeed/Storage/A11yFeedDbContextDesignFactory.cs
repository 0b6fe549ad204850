using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace A11yFeed.Storage;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the model with: the embedded default's provider on a throwaway file,
/// so the tool never starts the web host or its workers.
/// </summary>
internal sealed class A11yFeedDbContextDesignFactory : IDesignTimeDbContextFactory<A11yFeedDbContext>
{
    public A11yFeedDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<A11yFeedDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
